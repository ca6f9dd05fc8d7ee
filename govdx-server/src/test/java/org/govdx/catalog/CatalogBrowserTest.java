package org.govdx.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdx.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A department's data officer creates and submits a catalog entry in the pages, the platform
 * operator reviews and publishes it, and a user of another department finds it by search.
 */
class CatalogBrowserTest extends BrowserSession {

    @Test
    void createSubmitReviewAndFindAnEntry() {
        String name = "流动人口居住登记信息" + unique();

        signIn("gaj_catalog", DEMO_PASSWORD);
        open("/catalog/new");
        byId("name").sendKeys(name);
        Select classification = new Select(byId("classification"));
        WebElement population = classification.getOptions().stream()
                .filter(o -> o.isEnabled() && !o.getAttribute("value").isEmpty() && o.getText().contains("人口"))
                .findFirst().orElseThrow();
        classification.selectByValue(population.getAttribute("value"));
        byId("summary").sendKeys("辖区流动人口的居住登记信息");
        new Select(byId("format")).selectByValue("DATABASE");
        new Select(byId("shareType")).selectByValue("UNCONDITIONAL");
        new Select(byId("shareMode")).selectByValue("API");
        new Select(byId("updateCycle")).selectByValue("DAILY");
        new Select(byId("grade")).selectByValue("GENERAL_2");
        new Select(byId("openType")).selectByValue("NOT_OPEN");
        byId("items0.code").sendKeys("id_number");
        byId("items0.name").sendKeys("公民身份号码");
        submit("entry-save");

        assertThat(browser.findElements(By.id("entry-name"))).as(() -> browser.findElement(By.tagName("main")).getText())
                .isNotEmpty();
        assertThat(byId("entry-name").getText()).contains(name);
        assertThat(byId("entry-status").getText()).contains("草稿");
        String code = byId("entry-code").getText();
        String detailUrl = browser.getCurrentUrl();

        byId("risk").click();
        byId("pi").click();
        byId("approvedBy").sendKeys("王局长");
        submit("submit-entry");
        assertThat(byId("entry-status").getText()).contains("待审核");
        signOut();

        signIn("operator", DEMO_PASSWORD);
        open("/catalog/reviews");
        assertThat(byId("review-queue").getText()).contains(name);
        browser.get(detailUrl);
        byId("comment").sendKeys("元数据完整，同意发布");
        submit("approve");
        assertThat(byId("entry-status").getText()).contains("已发布");
        signOut();

        signIn("spj_user", DEMO_PASSWORD);
        open("/catalog");
        byId("q").sendKeys("流动人口");
        submit("search-submit");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(name, code);
        browser.findElement(By.linkText(name)).click();
        assertThat(byId("entry-apply").getAttribute("href")).contains("/sharing/apply?entryId=");
    }
}
