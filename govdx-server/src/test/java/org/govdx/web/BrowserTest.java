package org.govdx.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.govdx.BrowserSession;
import org.govdx.common.CreditCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in Debian's headless Chromium: the demo system admin creates a department and a user,
 * the user signs in, must change the initial password, and then sees only what its role allows.
 */
class BrowserTest extends BrowserSession {

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
        assertThat(navigation()).contains("/").doesNotContain("/orgs", "/users", "/audit");
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
        assertThat(navigation()).contains("/", "/audit").doesNotContain("/orgs", "/users");
        open("/audit");
        byId("audit-filter").findElement(By.name("username")).sendKeys("gaj_user");
        byId("audit-filter").findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-table"), "BAD_CREDENTIALS"));
        assertThat(byId("audit-table").getText()).contains("gaj_user", "LOGIN");
        signOut();
    }
}
