package com.scoredesk.ui.appeal;

import com.scoredesk.appeal.AppealService;
import com.scoredesk.appeal.AppealStatistics;
import com.scoredesk.appeal.AppealableReviewService;
import com.scoredesk.appeal.ForceMajeureService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * 差评申诉: the bad reviews the selected shop can still appeal, with the evidence found and the draft; every appeal
 * and the platform's decisions; statistics; and the force-majeure records supervisors keep.
 */
@Route(value = "appeals", layout = MainLayout.class)
@Menu(order = 2, icon = "vaadin:gavel", title = "nav.appeals")
@RolesAllowed({"AGENT", "SUPERVISOR", "ADMIN"})
public class AppealsView extends VerticalLayout implements HasDynamicTitle {

    private final AppealBroadcaster broadcaster;
    private @Nullable Registration live;
    private Runnable refresh = () -> {};
    private long shopId = -1;

    @SuppressWarnings("java:S107") // the page brings the appeal feature's services together
    public AppealsView(
            SelectedShop selectedShop,
            AppealableReviewService appealable,
            AppealService appeals,
            AppealStatistics statistics,
            ForceMajeureService forceMajeure,
            CurrentUser currentUser,
            Clock clock,
            AppealBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
        setSizeFull();
        boolean lead = currentUser.hasRole(Role.SUPERVISOR) || currentUser.hasRole(Role.ADMIN);
        selectedShop
                .get()
                .ifPresentOrElse(
                        shop -> show(shop, appealable, appeals, statistics, forceMajeure, lead, clock),
                        () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    @SuppressWarnings("java:S107")
    private void show(
            ShopSummary shop,
            AppealableReviewService appealable,
            AppealService appeals,
            AppealStatistics statistics,
            ForceMajeureService forceMajeure,
            boolean lead,
            Clock clock) {
        TabSheet tabs = new TabSheet();
        tabs.setId("appeals-tabs");
        tabs.setSizeFull();
        Tab open = new Tab(getTranslation("appeals.tab.open", appealable.count(shop.id())));
        open.setId("appeals-tab-open");
        Tab records = new Tab(getTranslation("appeals.tab.records"));
        records.setId("appeals-tab-records");
        Tab stats = new Tab(getTranslation("appeals.tab.stats"));
        stats.setId("appeals-tab-stats");
        Tab fm = new Tab(getTranslation("appeals.tab.forceMajeure"));
        fm.setId("appeals-tab-force-majeure");
        AppealStatsPanel statsPanel = new AppealStatsPanel(statistics, shop.id());
        AppealRecordsPanel recordsPanel = new AppealRecordsPanel(appeals, shop.id(), statsPanel::refresh);
        AppealWorkPanel work = new AppealWorkPanel(appealable, appeals, shop.id(), clock, count -> {
            open.setLabel(getTranslation("appeals.tab.open", count));
            recordsPanel.refresh();
            statsPanel.refresh();
        });
        tabs.add(open, work);
        shopId = shop.id();
        refresh = work::refresh;
        tabs.add(records, recordsPanel);
        tabs.add(stats, statsPanel);
        tabs.add(fm, new ForceMajeurePanel(forceMajeure, lead));
        add(new ShopHeader("nav.appeals", shop), tabs);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        live = broadcaster.onShopChanged(event.getUI(), changed -> {
            if (changed == shopId) {
                refresh.run();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.appeals") + " · ScoreDesk";
    }
}
