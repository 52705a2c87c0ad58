package com.scoredesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The real login page, the real production frontend bundle and a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void an_agent_logs_in_through_the_login_page_and_reads_the_workbench_in_chinese() throws Exception {
        try (BrowserSession browser = BrowserSession.open()) {
            browser.login(base(), "agent", "scoredesk-agent");

            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            String nav = browser.driver.findElement(By.id("main-nav")).getText();
            assertThat(nav).contains("工作台", "差评申诉", "话术模板").doesNotContain("设置");
            assertThat(browser.driver.findElement(By.id("shop-name")).getText()).isNotBlank();
        }
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while() throws Exception {
        try (BrowserSession browser = BrowserSession.open()) {
            for (int attempt = 0; attempt < 5; attempt++) {
                browser.login(base(), "agent2", "wrong-password-" + attempt);
                browser.wait.until(ExpectedConditions.urlContains("error"));
            }

            browser.login(base(), "agent2", "scoredesk-agent2");

            browser.wait.until(ExpectedConditions.urlContains("error"));
            assertThat(browser.driver.findElements(By.id("main-nav"))).isEmpty();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
