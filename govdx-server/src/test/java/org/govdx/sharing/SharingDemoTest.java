package org.govdx.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo city carries DESIGN.md's sharing story and demands and applications in every state. */
class SharingDemoTest extends IntegrationTest {

    @Test
    void theDemoTellsTheStoryAndShowsEveryState() {
        String operator = tokenOf("operator");
        Set<String> statuses = new HashSet<>();
        JsonNode population = null;
        JsonNode legalEntity = null;
        for (JsonNode a : api.get("/api/v1/applications?scope=all&size=1000", operator).body().get("content")) {
            if (!"spj_user".equals(a.get("applicant").asText()) || a.get("purpose").asText().contains("测试")) {
                continue;
            }
            statuses.add(a.get("status").asText());
            if (a.get("entryName").asText().equals("人口基本信息") && "gaj_approver".equals(text(a, "decidedBy"))) {
                population = a;
            }
            if (a.get("entryName").asText().equals("法人基本信息") && "system".equals(text(a, "decidedBy"))) {
                legalEntity = a;
            }
        }
        assertThat(statuses).contains("PENDING", "RETURNED", "APPROVED", "REJECTED", "COORDINATING", "WITHDRAWN");
        assertThat(population).as("人口基本信息 decided by gaj_approver").isNotNull();
        assertThat(population.get("accessModes").get(0).asText()).isEqualTo("VERIFY");
        assertThat(legalEntity).as("法人基本信息 granted at once").isNotNull();
        assertThat(legalEntity.get("status").asText()).isEqualTo("APPROVED");

        JsonNode grant = api.get("/api/v1/grants/" + population.get("grantId").asLong(), tokenOf("spj_user")).body();
        assertThat(grant.get("narrowed").asBoolean()).isTrue();
        assertThat(grant.get("items")).hasSize(2);

        Set<String> demandStates = new HashSet<>();
        for (JsonNode d : api.get("/api/v1/demands?scope=all&size=1000", operator).body().get("content")) {
            demandStates.add(d.get("status").asText());
        }
        assertThat(demandStates).contains("OPEN", "ASSIGNED", "ACCEPTED", "REFUSED", "COORDINATING", "FULFILLED",
                "CLOSED");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
