package com.scoredesk.ui.layout;

import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The shop the user works on in this browser session. The choice is only a preference: every read goes through
 * {@link ShopService}, which checks access again.
 */
@Component
public class SelectedShop {

    private static final String KEY = SelectedShop.class.getName();

    private final ShopService shops;

    SelectedShop(ShopService shops) {
        this.shops = shops;
    }

    /** The chosen shop if the user still may see it, else the first shop the user may see. */
    public Optional<ShopSummary> get() {
        List<ShopSummary> visible = shops.visibleShops();
        Object chosen = VaadinSession.getCurrent().getAttribute(KEY);
        return visible.stream()
                .filter(shop -> chosen instanceof Long id && shop.id() == id)
                .findFirst()
                .or(() -> visible.stream().findFirst());
    }

    public List<ShopSummary> choices() {
        return shops.visibleShops();
    }

    public void select(ShopSummary shop) {
        VaadinSession.getCurrent().setAttribute(KEY, shop.id());
    }
}
