package com.scoredesk.ui.workbench;

import com.scoredesk.appeal.AppealableReviewService;
import com.scoredesk.score.LiveScoreService;
import com.scoredesk.score.ScoreHistoryService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.template.TemplateService;
import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.workbench.WorkItemActions;
import com.scoredesk.workbench.WorkItemBulkActions;
import com.scoredesk.workbench.WorkItemKind;
import com.scoredesk.workbench.WorkItemRow;
import com.scoredesk.workbench.WorkItemState;
import com.scoredesk.workbench.WorkbenchService;
import com.scoredesk.workbench.WorklistQuery;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 工作台: the worklists ranked by score impact, one tab each plus 我的, the selected item beside them, and the score
 * moving as the team works. Every open workbench follows everyone's actions live (server push).
 */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 1, icon = "vaadin:clipboard-check", title = "nav.workbench")
@RolesAllowed({"AGENT", "SUPERVISOR", "ADMIN"})
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final SelectedShop selectedShop;
    private final WorkbenchService workbench;
    private final WorkbenchBroadcaster broadcaster;
    private final WorklistTabs tabs = new WorklistTabs();
    private final List<Registration> live = new ArrayList<>();
    private WorklistFilters filters;
    private WorklistGrid grid;
    private ItemDetailPanel detail;
    private ScorePanel score;
    private HorizontalLayout top;
    private ShopHeader header;
    private BulkBar bulk;
    private List<ShopSummary> shops = List.of();
    private Set<Long> visibleShops = Set.of();

    @SuppressWarnings("java:S107") // a page that brings the workbench's services together
    public WorkbenchView(
            SelectedShop selectedShop,
            WorkbenchService workbench,
            WorkItemActions actions,
            WorkItemBulkActions bulkActions,
            TemplateService templates,
            AppealableReviewService appealable,
            ScoreHistoryService history,
            LiveScoreService liveScore,
            WorkbenchBroadcaster broadcaster,
            CurrentUser currentUser) {
        this.selectedShop = selectedShop;
        this.workbench = workbench;
        this.broadcaster = broadcaster;
        setId("workbench");
        setSizeFull();
        shops = selectedShop.choices();
        if (shops.isEmpty()) {
            add(new Paragraph(getTranslation("shop.none")));
            return;
        }
        visibleShops = shops.stream().map(ShopSummary::id).collect(Collectors.toSet());
        boolean lead = currentUser.hasRole(Role.SUPERVISOR) || currentUser.hasRole(Role.ADMIN);
        ShopSummary initial = selectedShop.get().orElse(shops.getFirst());
        score = new ScorePanel(history, liveScore);
        filters = new WorklistFilters(shops, initial);
        grid = new WorklistGrid(workbench);
        detail = new ItemDetailPanel(workbench, actions, templates, appealable, lead);
        bulk = new BulkBar(bulkActions, grid::getSelectedItems, this::reloadAll, lead);
        Button help = new Button(getTranslation("wb.help.button"), e -> new ShortcutHelp().open());
        help.setId("wb-help-button");
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        header = new ShopHeader("nav.workbench", initial);
        top = new HorizontalLayout(header, score, help);
        top.setWidthFull();
        top.expand(score);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout work = new HorizontalLayout(grid, detail);
        work.setSizeFull();
        work.expand(grid);
        add(top, filters, tabs, bulk, work);
        expand(work);
        score.show(initial);
        tabs.addSelectedChangeListener(e -> showList());
        filters.addChangedListener(e -> {
            if (e.shopChanged()) {
                shopChanged();
            }
            showList();
        });
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addSelectionListener(e -> bulk.update(tabs.selectedKind().orElse(null)));
        detail.addActedListener(e -> reloadAll());
        WorkbenchKeys.listen(this, grid, detail, score, this::open);
        shopChanged();
        showList();
    }

    /** Opens the order an {@link OrderLink} names; not when the shop selector refreshes the same address. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (grid == null || event.getTrigger() == NavigationTrigger.REFRESH_ROUTE) {
            return;
        }
        OrderLink.from(event.getLocation().getQueryParameters()).ifPresent(link -> shops.stream()
                .filter(shop -> shop.id() == link.shopId())
                .findFirst()
                .ifPresentOrElse(shop -> openOrder(shop, link.orderId(), link.kind()), () -> notFound(link.orderId())));
    }

    /** Selects the shop, then opens the order's work item, or shows the order read-only when it has none. */
    private void openOrder(ShopSummary shop, String orderId, @Nullable WorkItemKind preferred) {
        selectedShop.select(shop);
        filters.selectShop(shop);
        ShopHeader shown = new ShopHeader("nav.workbench", shop);
        top.replace(header, shown);
        header = shown;
        Optional<WorkItemRow> item = workbench.itemOfOrder(shop.id(), orderId, preferred);
        if (item.isPresent()) {
            WorkItemRow row = item.get();
            if (row.state() != WorkItemState.DONE) {
                tabs.select(row.kind());
            }
            open(row);
            return;
        }
        workbench.order(shop.id(), orderId).ifPresentOrElse(detail::showOrder, () -> notFound(orderId));
    }

    private void notFound(String orderId) {
        detail.show(null);
        Notification.show(getTranslation("wb.link.notFound", orderId), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showList() {
        WorklistQuery base = tabs.selectedKind().map(WorklistQuery::tab).orElseGet(WorklistQuery::mine);
        grid.show(filters.apply(base));
        bulk.update(tabs.selectedKind().orElse(null));
        tabs.update(workbench.counts(filters.shopId()));
    }

    private void shopChanged() {
        var agents = workbench.agents(filters.shopId());
        filters.agents(agents);
        bulk.agents(agents);
        if (filters.shop() != null) {
            score.show(filters.shop());
        }
    }

    private void open(WorkItemRow row) {
        grid.pointAt(row);
        detail.show(row);
        score.showImpact(row);
        if (score.shop() == null || score.shop().id() != row.shopId()) {
            shops.stream().filter(shop -> shop.id() == row.shopId()).findFirst().ifPresent(score::show);
        }
    }

    private void reloadAll() {
        grid.reload();
        tabs.update(workbench.counts(filters.shopId()));
        bulk.update(tabs.selectedKind().orElse(null));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (grid == null) {
            return;
        }
        WorkbenchScript.install(this, workbench.now());
        live.add(broadcaster.onWorklistChanged(event.getUI(), shopId -> {
            if (visibleShops.contains(shopId)) {
                reloadAll();
                detail.item().filter(row -> row.shopId() == shopId).ifPresent(row -> detail.reload());
            }
        }));
        live.add(broadcaster.onScoreChanged(event.getUI(), shopId -> {
            if (score.shop() != null && score.shop().id() == shopId) {
                score.refresh();
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.forEach(Registration::remove);
        live.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench") + " · ScoreDesk";
    }
}
