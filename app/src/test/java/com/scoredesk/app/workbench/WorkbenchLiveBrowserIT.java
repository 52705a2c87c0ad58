package com.scoredesk.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.app.BrowserSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two agents in two real browsers on the same worklist: what one does appears on the other's screen without a
 * reload (server push), and the time from one agent's click to the change on the other's screen is measured with
 * the browsers' own clocks (both run on this machine).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbenchLiveBrowserIT {

    private static final int ROUNDS = 5;

    /** In the watching browser: the time the grid first shows {@code arguments[0]}, recorded by a DOM observer. */
    private static final String WATCH =
            """
            window.__wbSeen = 0;
            const wanted = arguments[0];
            const grid = document.getElementById('wb-grid');
            const check = () => {
              if (!window.__wbSeen && grid.textContent.includes(wanted)) { window.__wbSeen = Date.now(); }
            };
            if (window.__wbObserver) { window.__wbObserver.disconnect(); }
            window.__wbObserver = new MutationObserver(check);
            window.__wbObserver.observe(grid, {subtree: true, childList: true, characterData: true});
            check();""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    @Test
    void one_agents_claim_and_release_appear_on_the_other_agents_screen_within_a_second() throws Exception {
        WorkbenchScenario scenario = new WorkbenchScenario(ctx).withOneItemOfEachKind();
        List<Long> latencies = new ArrayList<>();
        try (BrowserSession first = BrowserSession.open();
                BrowserSession second = BrowserSession.open()) {
            first.login(base(), scenario.agent, WorkbenchScenario.PASSWORD);
            second.login(base(), scenario.agent2, WorkbenchScenario.PASSWORD);
            first.waitFor("wb-grid");
            second.waitFor("wb-grid");
            first.click("wb-tab-PICKUP");
            second.click("wb-tab-PICKUP");
            second.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wb-grid"), "买家P-ORDER"));
            first.clickRow("买家P-ORDER");

            for (int round = 0; round < ROUNDS; round++) {
                latencies.add(act(first, second, "wb-claim", "已认领 · " + scenario.agentName));
                latencies.add(act(first, second, "wb-release", "新"));
            }

            assertThat(second.text("wb-tab-MINE")).contains("我的 0");
            assertThat(first.text("wb-detail-state")).isEqualTo("新");
        }
        latencies.sort(Long::compare);
        System.out.printf(
                Locale.ROOT,
                "%nACTION-TO-OTHER-SCREEN LATENCY (%d actions, ms): min %d, p50 %d, p95 %d, max %d%n",
                latencies.size(),
                latencies.getFirst(),
                latencies.get(latencies.size() / 2),
                latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1),
                latencies.getLast());
        assertThat(latencies.getLast())
                .as("slowest action to reach the other screen, ms")
                .isLessThan(1_000);
    }

    /** Clicks {@code button} in {@code actor}'s browser and answers how long until {@code watcher}'s grid shows it. */
    private static long act(BrowserSession actor, BrowserSession watcher, String button, String expected) {
        watcher.js(WATCH, expected);
        actor.wait.until(ExpectedConditions.elementToBeClickable(By.id(button)));
        long clicked = (Long)
                actor.js("const t = Date.now(); document.getElementById(arguments[0]).click(); return t;", button);
        watcher.wait.until(driver -> ((Number) watcher.js("return window.__wbSeen;")).longValue() > 0);
        return ((Number) watcher.js("return window.__wbSeen;")).longValue() - clicked;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
