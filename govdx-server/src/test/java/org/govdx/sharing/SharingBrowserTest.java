package org.govdx.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.govdx.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * DESIGN.md's story in Chromium: 审批服务管理局's data user applies verify-only for 人口基本信息, 公安局's
 * approver narrows it to two items and approves, and the applicant sees the grant.
 */
class SharingBrowserTest extends BrowserSession {

    private void signIn(String username) {
        signIn(username, DEMO_PASSWORD);
    }

    /** The demo's 人口基本信息 entry of 公安局. */
    private long populationEntry() {
        String token = tokenOf("spj_user");
        JsonNode hits = api.get("/api/v1/catalog?q=" + URLEncoder.encode("人口基本信息", StandardCharsets.UTF_8)
                + "&provider=ZW-GAJ&status=PUBLISHED", token).body().get("content");
        for (JsonNode hit : hits) {
            if (hit.get("name").asText().equals("人口基本信息")) {
                return hit.get("id").asLong();
            }
        }
        throw new AssertionError("demo entry 人口基本信息 not found: " + hits);
    }

    @Test
    void spjAppliesGajNarrowsAndApprovesTheApplicantSeesTheGrant() {
        long entryId = populationEntry();
        String appName = "浏览器测试应用" + unique();

        signIn("spj_user");
        assertThat(browser.findElements(By.cssSelector("[data-nav='/sharing/applications']"))).isNotEmpty();
        open("/sharing/apply?entryId=" + entryId);
        assertThat(byId("entry-name").getText()).isEqualTo("人口基本信息");
        byId("appName").sendKeys(appName);
        submit("app-submit");
        assertThat(byId("notice").getText()).contains(appName).contains("appSecret");
        new Select(byId("appId")).selectByVisibleText(appName);
        for (String item : new String[] {"id_number", "name", "gender"}) {
            byId("item-" + item).click();
            byId("justification-" + item).sendKeys("企业开办核验申请人身份需要" + item);
        }
        byId("purpose").sendKeys("企业开办申请人身份核验，免于提交身份证复印件");
        byId("scenario").sendKeys("企业开办一网通办");
        byId("legalBasis").sendKeys("《优化营商环境条例》第三十五条");
        byId("mode-VERIFY").click();
        submit("apply-submit");
        String number = byId("application-number").getText();
        assertThat(number).matches("SQ\\d{8}-\\d{6}");
        assertThat(byId("application-status").getAttribute("data-status")).isEqualTo("PENDING");
        signOut();

        signIn("gaj_approver");
        open("/sharing/queue");
        browser.findElement(By.cssSelector("#queue-table tr[data-number='" + number + "'] a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sharing/applications/"));
        byId("grant-item-gender").click();
        byId("comment").sendKeys("身份核验只需公民身份号码和姓名");
        submit("approve-submit");
        assertThat(byId("application-status").getAttribute("data-status")).isEqualTo("APPROVED");
        signOut();

        signIn("spj_user");
        open("/sharing/grants");
        WebElement row = browser.findElement(By.cssSelector("#grant-table tr[data-number='" + number + "']"));
        assertThat(row.findElement(By.className("grant-items")).getText()).isEqualTo("id_number, name");
        assertThat(row.getText()).contains("VERIFY").contains("身份核验只需公民身份号码和姓名");
        assertThat(row.findElement(By.className("grant-status")).getText()).isEqualTo("有效");
        assertThat(byId("inbox-counter").isDisplayed()).isTrue();
    }
}
