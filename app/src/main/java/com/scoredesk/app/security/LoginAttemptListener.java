package com.scoredesk.app.security;

import com.scoredesk.user.LoginAttempts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds login outcomes to the throttle. */
@Component
class LoginAttemptListener {

    private final LoginAttempts attempts;

    LoginAttemptListener(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
    }
}
