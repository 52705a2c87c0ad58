package com.scoredesk.ui.workbench;

import com.scoredesk.score.ShopScoreUpdated;
import com.scoredesk.workbench.WorklistChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries committed worklist and score changes to every open workbench, whoever caused them: each workbench
 * registers while it is attached and gets the shop id inside {@link UI#access}, which server push delivers to the
 * browser at once. {@code access} only queues the work when another thread holds that UI's session, so a slow browser
 * never blocks the agent whose action caused the change.
 */
@Component
public class WorkbenchBroadcaster {

    private final Set<Listener> worklists = new CopyOnWriteArraySet<>();
    private final Set<Listener> scores = new CopyOnWriteArraySet<>();

    /** Calls {@code onChange} in {@code ui} with the shop id whenever a shop's work items change. */
    public Registration onWorklistChanged(UI ui, LongConsumer onChange) {
        Listener listener = new Listener(ui, onChange);
        worklists.add(listener);
        return () -> worklists.remove(listener);
    }

    /** Calls {@code onChange} in {@code ui} with the shop id whenever a shop's projected score changes. */
    public Registration onScoreChanged(UI ui, LongConsumer onChange) {
        Listener listener = new Listener(ui, onChange);
        scores.add(listener);
        return () -> scores.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorklistChanged changed) {
        deliver(worklists, changed.shopId());
    }

    @EventListener
    void on(ShopScoreUpdated updated) {
        deliver(scores, updated.shopId());
    }

    private static void deliver(Set<Listener> listeners, long shopId) {
        for (Listener listener : listeners) {
            try {
                listener.ui().access(() -> listener.onChange().accept(shopId));
            } catch (UIDetachedException gone) {
                listeners.remove(listener);
            }
        }
    }

    private record Listener(UI ui, LongConsumer onChange) {}
}
