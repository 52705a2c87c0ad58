package com.scoredesk.ui.dashboard;

import com.scoredesk.kpi.PresenceChanged;
import com.scoredesk.score.ShopScoreUpdated;
import com.scoredesk.workbench.WorklistChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes what happens elsewhere to the open dashboard pages: a new live score, a worklist change, someone opening or
 * closing ScoreDesk. A page listens while it is attached; events arrive after their transaction committed, and a
 * burst of them while the page is still busy with the last one is folded into one update with the latest event.
 */
@org.springframework.stereotype.Component
public class DashboardEvents {

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();

    /** While {@code owner} is attached, calls {@code onEvent} inside {@code ui.access} for the events it wants. */
    void listen(Component owner, Predicate<Object> wants, Consumer<Object> onEvent) {
        owner.addAttachListener(attach -> {
            Listener listener = new Listener(attach.getUI(), wants, onEvent, new AtomicReference<>());
            listeners.add(listener);
            owner.addDetachListener(detach -> {
                listeners.remove(listener);
                detach.unregisterListener();
            });
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ShopScoreUpdated updated) {
        broadcast(updated);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorklistChanged changed) {
        broadcast(changed);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PresenceChanged changed) {
        broadcast(changed);
    }

    private void broadcast(Object event) {
        for (Listener listener : listeners) {
            if (listener.wants().test(event) && listener.latest().getAndSet(event) == null) {
                listener.ui().access(() -> listener.onEvent()
                        .accept(listener.latest().getAndSet(null)));
            }
        }
    }

    private record Listener(UI ui, Predicate<Object> wants, Consumer<Object> onEvent, AtomicReference<Object> latest) {}
}
