package org.govdx.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.sharing.SharingFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The inbox is fed by sharing events: the provider's approvers and the applicant hear of each step. */
class NotificationApiTest extends IntegrationTest {

    private JsonNode find(String token, String type, String number) {
        for (JsonNode n : api.get("/api/v1/notifications?size=200", token).body().get("content")) {
            if (n.get("type").asText().equals(type) && number.equals(n.get("subject").asText())) {
                return n;
            }
        }
        return null;
    }

    @Test
    void approversHearOfNewApplicationsAndApplicantsOfDecisions() {
        String spj = tokenOf("spj_user");
        String gaj = tokenOf("gaj_approver");
        SharingFixtures fixtures = new SharingFixtures(api, tokenOf("operator"));
        long entry = fixtures.publish(tokenOf("gaj_catalog"), "人口通知" + unique(), "CONDITIONAL");
        long app = fixtures.app(spj, "通知应用" + unique());
        Response applied = api.post("/api/v1/applications", spj,
                SharingFixtures.application(entry, app, List.of("name"), List.of("VERIFY")));
        String number = applied.body().get("number").asText();

        long before = api.get("/api/v1/notifications/unread-count", gaj).body().get("unread").asLong();
        JsonNode news = find(gaj, "APPLICATION_SUBMITTED", number);
        assertThat(news).isNotNull();
        assertThat(news.get("read").asBoolean()).isFalse();
        assertThat(news.get("message").asText()).contains(number).contains("待您审批");
        assertThat(find(tokenOf("mzj_approver"), "APPLICATION_SUBMITTED", number)).as("other org").isNull();
        assertThat(api.get("/api/v1/notifications", gaj, "en").body().get("content").get(0).get("message").asText())
                .isNotBlank();

        assertThat(api.post("/api/v1/notifications/" + news.get("id").asLong() + "/read", gaj, Map.of()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/notifications/unread-count", gaj).body().get("unread").asLong())
                .isEqualTo(before - 1);
        assertThat(find(gaj, "APPLICATION_SUBMITTED", number).get("read").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/notifications/" + news.get("id").asLong() + "/read", spj, Map.of()).status())
                .as("not the applicant's message").isEqualTo(404);

        api.post("/api/v1/applications/" + applied.body().get("id").asLong() + "/approve", gaj, Map.of());
        assertThat(find(spj, "APPLICATION_APPROVED", number)).isNotNull();
        api.post("/api/v1/notifications/read-all", spj, Map.of());
        assertThat(api.get("/api/v1/notifications/unread-count", spj).body().get("unread").asLong()).isZero();
    }
}
