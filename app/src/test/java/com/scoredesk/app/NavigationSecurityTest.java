package com.scoredesk.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.scoredesk.ui.dashboard.DashboardView;
import com.scoredesk.ui.login.LoginView;
import com.scoredesk.ui.settings.SettingsView;
import com.scoredesk.ui.workbench.WorkbenchView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationSecurityTest extends KaribuTestBase {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate(WorkbenchView.class);

        _assertOne(LoginView.class);
        _assertNone(WorkbenchView.class);
    }

    @Test
    void an_agent_sees_the_workbench_in_chinese_with_the_agents_menu() {
        login("agent");
        UI.getCurrent().navigate(WorkbenchView.class);

        _assertOne(WorkbenchView.class);
        assertThat(menuLabels()).containsExactly("工作台", "差评申诉", "话术模板");
        assertThat(_get(Span.class, spec -> spec.withId("shop-name")).getText()).isNotBlank();
    }

    @Test
    void an_agent_cannot_open_the_settings() {
        login("agent");
        assertThatThrownBy(() -> UI.getCurrent().navigate(SettingsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(SettingsView.class);
    }

    @Test
    void an_agent_cannot_open_the_dashboard() {
        login("agent");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DashboardView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(DashboardView.class);
    }

    @Test
    void a_supervisor_gets_the_dashboard_but_not_the_settings() {
        login("supervisor");
        UI.getCurrent().navigate(DashboardView.class);

        _assertOne(DashboardView.class);
        assertThat(menuLabels()).containsExactly("工作台", "差评申诉", "话术模板", "数据看板", "数据导入");
        assertThatThrownBy(() -> UI.getCurrent().navigate(SettingsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void an_admin_opens_the_settings() {
        login("admin");
        UI.getCurrent().navigate(SettingsView.class);

        _assertOne(SettingsView.class);
        assertThat(menuLabels()).containsExactly("工作台", "差评申诉", "话术模板", "数据看板", "设置", "数据导入");
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
