package com.scoredesk.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.app.BrowserSession;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ECharts element, from the committed production bundle, draws the dashboard's charts in a real browser: a
 * supervisor opens the agency overview, picks the shop, and the history chart and the indicator charts get a canvas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardChartsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    @Test
    void a_supervisor_opens_a_shop_from_the_overview_and_its_charts_are_drawn() throws Exception {
        DashboardFixture.shop(ctx);
        try (BrowserSession browser = BrowserSession.open()) {
            browser.login("http://localhost:" + port, "supervisor", "scoredesk-lead");
            browser.waitFor("main-nav");
            browser.driver.get("http://localhost:" + port + "/dashboard/shops");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agency-grid")));
            By shopCell = By.xpath("//vaadin-grid-cell-content[contains(., '" + DashboardFixture.NAME + "')]");
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(shopCell))
                    .click();

            browser.wait.until(ExpectedConditions.textToBe(By.id("shop-name"), DashboardFixture.NAME));
            By drawn = By.cssSelector("qa-echart#score-history-chart[rendered] canvas");
            WebElement canvas = browser.wait.until(ExpectedConditions.presenceOfElementLocated(drawn));
            assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
            assertThat(canvas.getSize().getHeight()).isGreaterThan(200);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("qa-echart#indicator-trend-chart[rendered] canvas")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("qa-echart#indicator-scores-chart[rendered] canvas")));
            assertThat(browser.driver.findElement(By.id("score-total")).getText())
                    .matches("\\d+(\\.\\d+)?");
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(shots.resolve("dashboard.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
            browser.driver.executeScript(
                    "arguments[0].scrollIntoView()", browser.driver.findElement(By.id("score-history-chart")));
            Files.write(shots.resolve("dashboard-charts.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        }
    }
}
