package org.govdx.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The quality pages render for each side, in Chinese first and in English. */
class QualityPagesTest extends IntegrationTest {

    @Test
    void thePagesRenderForProvidersConsumersAndTheOperator() {
        Response overview = api.getText("/quality", tokenOf("gaj_catalog"));
        assertThat(overview.status()).as(overview.text()).isEqualTo(200);
        assertThat(overview.text()).contains("数据质量").contains("完整性");
        Response city = api.getText("/quality", tokenOf("operator"));
        assertThat(city.status()).isEqualTo(200);
        assertThat(city.text()).contains("city-scores").contains("issue-stats");
        Response board = api.getText("/quality/issues", tokenOf("operator"));
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.text()).contains("全市质量问题");
        Response form = api.getText("/quality/reports/new?requestId=REQ-1", tokenOf("spj_user"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("数据纠错").contains("REQ-1");
        Response english = api.send("GET", "/quality/issues", tokenOf("gaj_catalog"), null, "en", "text/html");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.text()).contains("Quality issue board");
        assertThat(api.getText("/quality", tokenOf("auditor")).status()).isEqualTo(403);
    }
}
