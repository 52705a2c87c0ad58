package com.scoredesk.app;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Vaadin UI tests without a browser: the real Spring context (with the demo users and shops in an in-memory
 * database) behind Karibu's mock servlet. One context is shared by every subclass.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTestBase {

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    private UserDetailsService userDetails;

    @BeforeAll
    static void discover_routes() {
        routes = new Routes().autoDiscoverViews("com.scoredesk");
    }

    @BeforeEach
    void set_up_vaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    /**
     * Closes the session while the user is still logged in: closing runs the pushes still queued for the UI (a live
     * score, a worklist refresh), which read the services as that user, as they would in the browser.
     */
    @AfterEach
    void tear_down_vaadin() {
        MockVaadin.tearDown();
        logout();
    }

    /** Logs in as a user of the database, with the roles stored there. */
    protected void login(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var auth = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        List<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(authority -> authority.substring("ROLE_".length()))
                .toList();
        // Vaadin's navigation access control reads the servlet request, so log that in too
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role.replaceFirst("^ROLE_", "")));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request =
                    (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }
}
