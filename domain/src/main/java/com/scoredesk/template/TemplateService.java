package com.scoredesk.template;

import com.scoredesk.compliance.ComplianceBlockedException;
import com.scoredesk.compliance.ComplianceResult;
import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.shop.ShopService;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template library: list, search, save and render templates, and fill them from an order. Every method works in
 * one shop the current user may see; team templates show in every shop, shop templates in theirs, personal templates
 * only to their owner. Team and shop templates are maintained by supervisors and administrators.
 */
@Service
@Transactional(readOnly = true)
public class TemplateService {

    private final ReplyTemplateRepository templates;
    private final TemplateQueries queries;
    private final CurrentUser currentUser;
    private final ShopService shops;
    private final ComplianceService compliance;
    private final Clock clock;

    TemplateService(
            ReplyTemplateRepository templates,
            TemplateQueries queries,
            CurrentUser currentUser,
            ShopService shops,
            ComplianceService compliance,
            Clock clock) {
        this.templates = templates;
        this.queries = queries;
        this.currentUser = currentUser;
        this.shops = shops;
        this.compliance = compliance;
        this.clock = clock;
    }

    /** A page of the templates visible in the shop, most used first. */
    public List<TemplateSummary> find(long shopId, TemplateFilter filter, int offset, int limit) {
        UserSummary user = requireShop(shopId);
        return queries.visible(shopId, user.id(), filter, offset, limit).stream()
                .map(t -> summary(t, user))
                .toList();
    }

    public long count(long shopId, TemplateFilter filter) {
        UserSummary user = requireShop(shopId);
        return queries.countVisible(shopId, user.id(), filter);
    }

    public TemplateSummary get(long shopId, long templateId) {
        UserSummary user = requireShop(shopId);
        return summary(visible(shopId, templateId, user), user);
    }

    /**
     * The most used visible template of a category; with a tag, one written for that tag first, else one without a
     * tag. Empty when the category has none.
     */
    public Optional<TemplateSummary> best(long shopId, TemplateCategory category, @Nullable String tag) {
        UserSummary user = requireShop(shopId);
        return (tag == null ? Optional.<ReplyTemplate>empty() : queries.mostUsed(shopId, user.id(), category, tag))
                .or(() -> queries.mostUsed(shopId, user.id(), category, null))
                .map(t -> summary(t, user));
    }

    /**
     * Creates or changes a template.
     *
     * @throws TemplateSyntaxException when the body names unknown variables (with their offsets) or has stray braces
     * @throws ComplianceBlockedException when the body breaks a blocking compliance rule
     * @throws StaleTemplateException when someone else changed the template since {@code draft.version()}
     * @throws AccessDeniedException when the user may not maintain templates of that scope
     */
    @Transactional
    public TemplateSummary save(long shopId, TemplateDraft draft) {
        UserSummary user = requireShop(shopId);
        TemplateText.parse(draft.body());
        ComplianceResult checked = compliance.check(draft.body());
        if (checked.isBlocked()) {
            throw new ComplianceBlockedException(checked);
        }
        ReplyTemplate template;
        if (draft.id() == null) {
            template = new ReplyTemplate(draft.scope(), shopId, user.id());
        } else {
            template = visible(shopId, draft.id(), user);
            if (template.getVersion() != draft.version()) {
                throw new StaleTemplateException(draft.id());
            }
            if (template.getScope() != draft.scope()) {
                throw new IllegalArgumentException("the scope of a template cannot change; copy it instead");
            }
        }
        requireEditable(template, user);
        template.describe(draft.title(), draft.body(), draft.category(), draft.tag(), user.id(), clock.instant());
        return summary(templates.saveAndFlush(template), user);
    }

    @Transactional
    public void delete(long shopId, long templateId, long version) {
        UserSummary user = requireShop(shopId);
        ReplyTemplate template = visible(shopId, templateId, user);
        requireEditable(template, user);
        if (template.getVersion() != version) {
            throw new StaleTemplateException(templateId);
        }
        templates.delete(template);
    }

    /** Fills a stored template from {@code values}, for a preview: the use is not counted. */
    public RenderedText render(long shopId, long templateId, TemplateValues values) {
        UserSummary user = requireShop(shopId);
        return visible(shopId, templateId, user).text().render(values);
    }

    /** Fills a stored template from {@code values} and counts the use: the agent picked it for a reply. */
    @Transactional
    public RenderedText use(long shopId, long templateId, TemplateValues values) {
        UserSummary user = requireShop(shopId);
        RenderedText rendered = visible(shopId, templateId, user).text().render(values);
        templates.countUse(templateId, clock.instant());
        return rendered;
    }

    /**
     * Fills a text that is being edited (not saved yet), for the editor's preview.
     *
     * @throws TemplateSyntaxException when the text does not parse
     */
    public RenderedText preview(long shopId, String body, TemplateValues values) {
        requireShop(shopId);
        return TemplateText.parse(body).render(values);
    }

    /**
     * The values of an order of the shop, as templates see them: buyer, order, product, parcel, the latest
     * after-sale, the shop's name and the current agent's name.
     *
     * @throws IllegalArgumentException when the shop has no such order
     */
    public TemplateValues valuesForOrder(long shopId, String orderId) {
        UserSummary user = requireShop(shopId);
        TemplateQueries.OrderFacts order = queries.orderFacts(shopId, orderId)
                .orElseThrow(() -> new IllegalArgumentException("shop " + shopId + " has no order " + orderId));
        TemplateValues values = TemplateValues.empty()
                .with(TemplateVariable.ORDER_ID, order.orderId())
                .with(TemplateVariable.BUYER_NICKNAME, order.buyerNickname())
                .with(TemplateVariable.PRODUCT_NAME, order.productName())
                .with(TemplateVariable.SKU, order.sku())
                .with(TemplateVariable.COURIER, order.courier())
                .with(TemplateVariable.WAYBILL_NO, order.waybillNo())
                .with(TemplateVariable.PROMISED_SHIP_BY, TemplateWording.dateTime(order.promisedShipBy()))
                .with(TemplateVariable.SIGNED_AT, TemplateWording.dateTime(order.signedAt()))
                .with(TemplateVariable.SHOP_NAME, shops.get(shopId).name())
                .with(TemplateVariable.AGENT_NAME, user.displayName());
        var afterSale = queries.latestAfterSale(shopId, orderId);
        if (afterSale.isPresent()) {
            values = values.with(
                            TemplateVariable.AFTER_SALE_TYPE,
                            TemplateWording.afterSaleType(afterSale.get().type()))
                    .with(
                            TemplateVariable.REFUND_AMOUNT,
                            TemplateWording.yuan(afterSale.get().refundAmount()));
        }
        return values;
    }

    /** Orders of the shop to preview a template on, newest first; {@code search} finds order ids and buyers. */
    public List<OrderChoice> orderChoices(long shopId, String search, int offset, int limit) {
        requireShop(shopId);
        return queries.orderChoices(shopId, search, offset, limit);
    }

    public long countOrderChoices(long shopId, String search) {
        requireShop(shopId);
        return queries.countOrderChoices(shopId, search);
    }

    private UserSummary requireShop(long shopId) {
        UserSummary user = currentUser.require();
        currentUser.requireShop(shopId);
        return user;
    }

    private ReplyTemplate visible(long shopId, long templateId, UserSummary user) {
        return templates
                .findById(templateId)
                .filter(t -> isVisible(t, shopId, user))
                .orElseThrow(() -> new IllegalArgumentException("no template " + templateId + " in shop " + shopId));
    }

    private static boolean isVisible(ReplyTemplate t, long shopId, UserSummary user) {
        return switch (t.getScope()) {
            case TEAM -> true;
            case SHOP -> Objects.equals(t.getShopId(), shopId);
            case PERSONAL -> Objects.equals(t.getOwnerId(), user.id());
        };
    }

    private static boolean isEditable(ReplyTemplate t, UserSummary user) {
        boolean lead = user.roles().contains(Role.SUPERVISOR) || user.roles().contains(Role.ADMIN);
        return switch (t.getScope()) {
            case TEAM, SHOP -> lead;
            case PERSONAL -> Objects.equals(t.getOwnerId(), user.id());
        };
    }

    private static void requireEditable(ReplyTemplate t, UserSummary user) {
        if (!isEditable(t, user)) {
            throw new AccessDeniedException(user.username() + " may not maintain " + t.getScope() + " templates");
        }
    }

    private static TemplateSummary summary(ReplyTemplate t, UserSummary user) {
        return new TemplateSummary(
                Objects.requireNonNull(t.getId()),
                t.getVersion(),
                t.getTitle(),
                t.getBody(),
                t.getCategory(),
                t.getScope(),
                t.getShopId(),
                t.getTag(),
                t.getUsageCount(),
                t.getLastUsedAt(),
                List.copyOf(t.text().variables()),
                isEditable(t, user));
    }
}
