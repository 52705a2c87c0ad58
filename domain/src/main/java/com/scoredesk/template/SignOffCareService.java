package com.scoredesk.template;

import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.UserSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 签收关怀: orders signed in the last days whose buyer has not had a care message yet, the message offered for each
 * (the most used 签收关怀 template filled from the order), and recording that it was sent. A care message catches a
 * problem while it is still a chat, before it becomes a bad review.
 */
@Service
@Transactional(readOnly = true)
public class SignOffCareService {

    private final SignOffCareRepository cares;
    private final TemplateQueries queries;
    private final TemplateService templates;
    private final ComplianceService compliance;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration window;
    private final TransactionTemplate writes;

    SignOffCareService(
            SignOffCareRepository cares,
            TemplateQueries queries,
            TemplateService templates,
            ComplianceService compliance,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${scoredesk.care.window-days:3}") long windowDays) {
        this.cares = cares;
        this.queries = queries;
        this.templates = templates;
        this.compliance = compliance;
        this.currentUser = currentUser;
        this.clock = clock;
        this.window = Duration.ofDays(windowDays);
        this.writes = new TransactionTemplate(transactions);
    }

    /** A page of orders of the shop signed in the care window without a care message, latest signature first. */
    public List<CareCandidate> pending(long shopId, int offset, int limit) {
        currentUser.requireShop(shopId);
        Instant now = clock.instant();
        return queries.careCandidates(shopId, now.minus(window), now, offset, limit);
    }

    public long countPending(long shopId) {
        currentUser.requireShop(shopId);
        Instant now = clock.instant();
        return queries.countCareCandidates(shopId, now.minus(window), now);
    }

    /** The care message offered for an order: the most used 签收关怀 template, filled from the order. */
    public CareDraft draft(long shopId, String orderId) {
        TemplateValues values = templates.valuesForOrder(shopId, orderId);
        return templates
                .best(shopId, TemplateCategory.SIGN_OFF_CARE, null)
                .map(t -> new CareDraft(orderId, t.id(), templates.render(shopId, t.id(), values)))
                .orElseGet(() -> new CareDraft(orderId, null, new RenderedText("", List.of())));
    }

    /**
     * Records that the care message was sent, after the compliance check.
     *
     * @param templateId the template the text came from, to count its use; {@code null} for a free text
     * @throws com.scoredesk.compliance.ComplianceBlockedException when a blocking rule hits
     * @throws com.scoredesk.compliance.ComplianceWarningException when warnings hit and were not confirmed
     * @throws CareAlreadySentException when someone sent the care message of this order first
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CareSent markSent(
            long shopId, String orderId, @Nullable Long templateId, String text, boolean warningsConfirmed) {
        UserSummary user = currentUser.require();
        currentUser.requireShop(shopId);
        if (queries.orderFacts(shopId, orderId).isEmpty()) {
            throw new IllegalArgumentException("shop " + shopId + " has no order " + orderId);
        }
        compliance.requireSendable(text, warningsConfirmed);
        try {
            SignOffCare care = Objects.requireNonNull(writes.execute(status -> {
                cares.findByShopIdAndOrderId(shopId, orderId).ifPresent(first -> {
                    throw new CareAlreadySentException(toSent(first));
                });
                SignOffCare saved = cares.saveAndFlush(
                        new SignOffCare(shopId, orderId, templateId, text, user.id(), clock.instant()));
                if (templateId != null) {
                    templates.use(shopId, templateId, TemplateValues.empty());
                }
                return saved;
            }));
            return toSent(care);
        } catch (DataIntegrityViolationException raced) {
            throw cares.findByShopIdAndOrderId(shopId, orderId)
                    .map(first -> new CareAlreadySentException(toSent(first)))
                    .orElseThrow(() -> raced);
        }
    }

    private CareSent toSent(SignOffCare care) {
        return new CareSent(care.getOrderId(), care.getMessage(), queries.userName(care.getSentBy()), care.getSentAt());
    }
}
