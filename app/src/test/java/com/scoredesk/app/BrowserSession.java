package com.scoredesk.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) driving ScoreDesk, for every browser test. On a machine
 * without them the browser tests are skipped with a message, except under CI, where .ci/run installs them and a skip
 * would hide a broken set-up.
 */
public final class BrowserSession implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final Path profile;

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(40), Duration.ofMillis(20));
    }

    public static BrowserSession open() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Chromium is not installed: apt-get install -y chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("scoredesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1600,1000",
                "--lang=zh-CN",
                "--user-data-dir=" + profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new BrowserSession(new ChromeDriver(service, options), profile);
    }

    /** Logs in through the real login page (callers wait for the page they expect: a failed login stays there). */
    public void login(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    /** Waits for the element with id {@code id} to be on the page. */
    public WebElement waitFor(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Clicks the grid row whose text contains {@code text}. */
    public void clickRow(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]")))
                .click();
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
