package com.scoredesk.ui.appeal;

import com.scoredesk.activity.ShopDataChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open 差评申诉 view that a shop's data changed (an appeal moved on, reviews arrived), after the change
 * committed, inside {@link UI#access} so that server push shows it at once. The view reloads as its own user: the
 * change may have been made by someone else, or by a job without a user, on whatever thread runs the command.
 */
@Component
class AppealBroadcaster {

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();

    /** Calls {@code onChange} in {@code ui}, as the user logged in now, with the id of every shop that changes. */
    Registration onShopChanged(UI ui, LongConsumer onChange) {
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        Listener listener = new Listener(ui, shopId -> asUser(viewer, () -> onChange.accept(shopId)));
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ShopDataChanged changed) {
        for (Listener listener : listeners) {
            try {
                listener.ui().access(() -> listener.onChange().accept(changed.shopId()));
            } catch (UIDetachedException gone) {
                listeners.remove(listener);
            }
        }
    }

    private static void asUser(@Nullable Authentication viewer, Runnable work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(viewer);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private record Listener(UI ui, LongConsumer onChange) {}
}
