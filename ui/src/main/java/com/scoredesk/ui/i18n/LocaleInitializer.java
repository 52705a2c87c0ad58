package com.scoredesk.ui.i18n;

import com.scoredesk.user.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every new UI speaks the language chosen in this session, else the user's saved choice, else Chinese. */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI()
                .setLocale(localeOf(init.getUI().getSession())));
    }

    private Locale localeOf(VaadinSession session) {
        Locale chosen = LanguageChoice.of(session);
        if (chosen != null) {
            return chosen;
        }
        return currentUser
                .find()
                .map(user -> user.locale())
                .filter(tag -> tag != null)
                .map(tag -> ScoreDeskI18NProvider.supported(Locale.forLanguageTag(tag)))
                .orElse(ScoreDeskI18NProvider.CHINESE);
    }
}
