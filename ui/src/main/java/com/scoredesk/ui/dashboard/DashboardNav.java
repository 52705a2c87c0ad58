package com.scoredesk.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.List;

/** The pages of the 数据看板, as links; a page the user may not open is not offered. */
class DashboardNav extends Composite<Nav> {

    record Page(Class<? extends Component> view, String titleKey, String id) {}

    static final List<Page> PAGES = List.of(
            new Page(DashboardView.class, "dashboard.nav.shop", "dashboard-nav-shop"),
            new Page(AgencyView.class, "dashboard.nav.agency", "dashboard-nav-agency"),
            new Page(TeamKpiView.class, "dashboard.nav.team", "dashboard-nav-team"),
            new Page(CalibrationView.class, "dashboard.nav.calibration", "dashboard-nav-calibration"),
            new Page(AssumptionsView.class, "dashboard.nav.assumptions", "dashboard-nav-assumptions"));

    DashboardNav(Class<? extends Component> current) {
        Nav nav = getContent();
        nav.setId("dashboard-nav");
        nav.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        for (Page page : PAGES) {
            if (!access.hasAccess(page.view())) {
                continue;
            }
            RouterLink link = new RouterLink(getTranslation(page.titleKey()), page.view());
            link.setId(page.id());
            if (page.view().equals(current)) {
                link.getStyle().set("font-weight", "700");
            }
            nav.add(link);
        }
    }
}
