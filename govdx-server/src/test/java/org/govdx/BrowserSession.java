package org.govdx;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser suite: the platform on a random port and Debian's headless Chromium
 * (binary and driver given explicitly, so Selenium never tries to download one), in Chinese.
 */
@Tag("browser")
public abstract class BrowserSession extends IntegrationTest {

    protected static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("govdx.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("govdx.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void freshBrowserSession() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    protected void signIn(String username, String password) {
        open("/login");
        byId("username").sendKeys(username);
        byId("password").sendKeys(password);
        submit("login-submit");
    }

    /** Clicks a submit button and waits for the next page to replace this one. */
    protected void submit(String buttonId) {
        WebElement button = byId(buttonId);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        button.click();
        // Chromium sometimes reports a replaced page's node as "does not belong to the document" rather than
        // as stale: either way the old page is gone
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return true;
            }
        });
    }

    protected void signOut() {
        submit("logout");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    protected List<String> navigation() {
        return browser.findElements(By.cssSelector("[data-nav]")).stream().map(e -> e.getAttribute("data-nav")).toList();
    }
}
