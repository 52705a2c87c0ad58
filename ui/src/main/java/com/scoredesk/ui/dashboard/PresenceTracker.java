package com.scoredesk.ui.dashboard;

import com.scoredesk.kpi.TeamPresence;
import com.scoredesk.user.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Tells {@link TeamPresence} about every page a logged-in user opens and closes, so that the team KPIs can show who is
 * online. A page is one UI: a browser tab, until it is closed or its session ends.
 */
@Component
class PresenceTracker implements VaadinServiceInitListener {

    private final TeamPresence presence;
    private final CurrentUser currentUser;

    PresenceTracker(TeamPresence presence, CurrentUser currentUser) {
        this.presence = presence;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            currentUser.find().ifPresent(user -> {
                String page = ui.getSession().getSession().getId() + "/" + ui.getUIId();
                presence.opened(page, user.id());
                ui.addDetachListener(detach -> presence.closed(page));
            });
        });
    }
}
