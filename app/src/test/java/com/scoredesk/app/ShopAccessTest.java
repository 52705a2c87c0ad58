package com.scoredesk.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.workbench.WorkbenchView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ShopAccessTest extends KaribuTestBase {

    @Autowired
    ShopService shops;

    @Test
    void a_user_only_sees_the_shops_assigned_to_them() {
        login("agent2");

        assertThat(shops.visibleShops()).extracting(ShopSummary::name).containsExactly("山野茶铺");
    }

    @Test
    void the_shop_selector_offers_only_the_users_shops() {
        login("agent2");
        UI.getCurrent().navigate(WorkbenchView.class);

        @SuppressWarnings("unchecked")
        Select<ShopSummary> selector = _get(Select.class, spec -> spec.withId("shop-selector"));
        assertThat(selector.getListDataView().getItems().map(ShopSummary::name)).containsExactly("山野茶铺");
    }

    @Test
    void the_service_refuses_another_shops_data_even_when_asked_directly() {
        login("admin");
        long fashion = shops.visibleShops().stream()
                .filter(shop -> shop.name().equals("澜衣女装旗舰店"))
                .findFirst()
                .orElseThrow()
                .id();
        logout();
        login("agent2");

        assertThatThrownBy(() -> shops.get(fashion)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_logged_in_sees_no_shop_at_all() {
        assertThatThrownBy(() -> shops.visibleShops()).isInstanceOf(AccessDeniedException.class);
    }
}
