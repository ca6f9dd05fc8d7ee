package org.govdx.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.WorkingDays;
import org.govdx.sharing.SharingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The daily sweep: reminders two working days ahead, overdue flags to both sides and the operator, expiry. */
class SharingSweepTest extends IntegrationTest {

    @Autowired
    SharingSweep sweep;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays calendar;

    private boolean inbox(String user, String type, String number) {
        for (JsonNode n : api.get("/api/v1/notifications?size=500", tokenOf(user)).body().get("content")) {
            if (n.get("type").asText().equals(type) && number.equals(n.get("subject").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void remindersOverdueAndExpiryAreRaisedOnce() {
        String spj = tokenOf("spj_user");
        SharingFixtures fixtures = new SharingFixtures(api, tokenOf("operator"));
        long entry = fixtures.publish(tokenOf("gaj_catalog"), "人口巡检" + unique(), "CONDITIONAL");
        long app = fixtures.app(spj, "巡检应用" + unique());
        Response soon = api.post("/api/v1/applications", spj,
                SharingFixtures.application(entry, app, List.of("name"), List.of("VERIFY")));
        Response late = api.post("/api/v1/applications", spj,
                SharingFixtures.application(entry, app, List.of("gender"), List.of("VERIFY")));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        jdbc.sql("UPDATE sharing_application SET deadline = ? WHERE id = ?")
                .params(Date.valueOf(calendar.plusWorkingDays(today, 2)), soon.body().get("id").asLong()).update();
        jdbc.sql("UPDATE sharing_application SET deadline = ? WHERE id = ?")
                .params(Date.valueOf(today.minusDays(1)), late.body().get("id").asLong()).update();

        sweep.sweep(today);
        sweep.sweep(today);
        String soonNumber = soon.body().get("number").asText();
        String lateNumber = late.body().get("number").asText();
        assertThat(inbox("gaj_approver", "APPLICATION_DUE_SOON", soonNumber)).isTrue();
        assertThat(inbox("gaj_approver", "APPLICATION_OVERDUE", lateNumber)).isTrue();
        assertThat(inbox("spj_user", "APPLICATION_OVERDUE", lateNumber)).isTrue();
        assertThat(inbox("operator", "APPLICATION_OVERDUE", lateNumber)).isTrue();
        long raised = jdbc.sql("SELECT COUNT(*) FROM notification WHERE type = 'APPLICATION_OVERDUE' AND subject = ?")
                .param(lateNumber).query(Long.class).single();
        assertThat(raised).as("once per recipient").isEqualTo(3);

        Response approved = api.post("/api/v1/applications/" + soon.body().get("id").asLong() + "/approve",
                tokenOf("gaj_approver"), Map.of());
        long grantId = approved.body().get("grantId").asLong();
        jdbc.sql("UPDATE sharing_grant SET valid_until = ? WHERE id = ?").params(Date.valueOf(today.plusDays(3)),
                grantId).update();
        sweep.sweep(today);
        assertThat(inbox("spj_user", "GRANT_EXPIRING", soonNumber)).isTrue();
        // the entry is not mounted: once the 20-working-day supply deadline has passed both sides hear of it, once
        jdbc.sql("UPDATE sharing_grant SET supply_deadline = ? WHERE id = ?").params(Date.valueOf(today.minusDays(1)),
                grantId).update();
        sweep.sweep(today);
        sweep.sweep(today);
        assertThat(inbox("gaj_approver", "GRANT_SUPPLY_OVERDUE", soonNumber)).isTrue();
        assertThat(inbox("spj_user", "GRANT_SUPPLY_OVERDUE", soonNumber)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE type = 'GRANT_SUPPLY_OVERDUE' AND subject = ?")
                .param(soonNumber).query(Long.class).single()).as("once per recipient").isEqualTo(4);
        sweep.sweep(today.plusDays(4));
        assertThat(api.get("/api/v1/grants/" + grantId, spj).body().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(inbox("spj_user", "GRANT_EXPIRED", soonNumber)).isTrue();
    }
}
