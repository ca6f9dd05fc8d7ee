package org.govdx.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.govdx.IntegrationTest;
import org.govdx.common.CreditCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in Debian's headless Chromium: the demo system admin creates a department and a user,
 * the user signs in, must change the initial password, and then sees only what its role allows.
 */
@Tag("browser")
class BrowserTest extends IntegrationTest {

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("govdx.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
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
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void freshBrowserSession() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void signIn(String username, String password) {
        open("/login");
        byId("username").sendKeys(username);
        byId("password").sendKeys(password);
        submit("login-submit");
    }

    /** Clicks a submit button and waits for the next page to replace this one. */
    private void submit(String buttonId) {
        WebElement button = byId(buttonId);
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
    }

    private void signOut() {
        submit("logout");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    private List<String> navigation() {
        return browser.findElements(By.cssSelector("[data-nav]")).stream().map(e -> e.getAttribute("data-nav")).toList();
    }

    @Test
    void adminCreatesADepartmentAndAUserWhoThenSeesOnlyWhatItsRoleAllows() {
        String suffix = unique();
        String deptName = "中卫市测试数据局" + suffix;
        String username = "tester" + suffix.toLowerCase();

        signIn("sysadmin", DEMO_PASSWORD);
        assertThat(navigation()).contains("/", "/orgs", "/users").doesNotContain("/audit");

        open("/orgs");
        byId("name").sendKeys(deptName);
        byId("code").sendKeys("ZW-T" + suffix);
        byId("creditCode").sendKeys("bad-code");
        new Select(byId("type")).selectByValue("DEPARTMENT");
        new Select(byId("parentId")).selectByVisibleText("中卫市人民政府");
        submit("org-submit");
        assertThat(browser.findElement(By.cssSelector("#creditCode + .invalid-feedback")).getText())
                .contains("统一社会信用代码无效");

        byId("creditCode").clear();
        byId("creditCode").sendKeys(CreditCode.complete("11640500MF" + String.format("%07d",
                Math.floorMod(System.nanoTime(), 10_000_000L))));
        new Select(byId("parentId")).selectByVisibleText("中卫市人民政府");
        submit("org-submit");
        assertThat(byId("notice").getText()).contains(deptName);
        assertThat(byId("org-tree").getText()).contains(deptName);

        open("/users");
        byId("username").sendKeys(username);
        byId("displayName").sendKeys("测试员");
        byId("password").sendKeys("Initial#Pass1");
        new Select(byId("orgId")).selectByVisibleText(deptName);
        byId("role-ORG_DATA_USER").click();
        submit("user-submit");
        assertThat(byId("notice").getText()).contains(username);
        open("/users?q=" + username);
        assertThat(byId("user-table").getText()).contains(username, deptName, "数据使用人");
        signOut();

        signIn(username, "Initial#Pass1");
        assertThat(browser.getCurrentUrl()).endsWith("/account/password");
        assertThat(byId("must-change").isDisplayed()).isTrue();
        open("/");
        assertThat(browser.getCurrentUrl()).as("every page waits for the change").endsWith("/account/password");
        byId("oldPassword").sendKeys("Initial#Pass1");
        byId("newPassword").sendKeys("Chosen#Pass2");
        byId("confirmPassword").sendKeys("Chosen#Pass2");
        submit("password-submit");

        assertThat(byId("notice").getText()).contains("密码已修改");
        assertThat(byId("whoami").getText()).contains("测试员", deptName);
        assertThat(navigation()).containsExactly("/");
        assertThat(byId("panel-org").getText()).contains(deptName);

        open("/users");
        assertThat(byId("error-status").getText()).isEqualTo("403");
        open("/orgs");
        assertThat(byId("error-status").getText()).isEqualTo("403");
        open("/audit");
        assertThat(byId("error-status").getText()).isEqualTo("403");

        open("/");
        byId("lang-switch").click();
        assertThat(byId("panel-org").getText()).contains("My organisation");
        open("/account/password");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change password");
        signOut();
    }

    @Test
    void wrongPasswordsShowOneMessageAndTheAuditorSeesTheLog() {
        signIn("gaj_user", "Wrong#pass1");
        assertThat(byId("login-error").getText()).isEqualTo("用户名或密码错误。");
        signIn("auditor", DEMO_PASSWORD);
        assertThat(navigation()).containsExactly("/", "/audit");
        open("/audit");
        byId("audit-filter").findElement(By.name("username")).sendKeys("gaj_user");
        byId("audit-filter").findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-table"), "BAD_CREDENTIALS"));
        assertThat(byId("audit-table").getText()).contains("gaj_user", "LOGIN");
        signOut();
    }
}
