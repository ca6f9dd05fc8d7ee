package org.govdx.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The audit finds a stored leaf changed or removed behind the platform's back, names its index, and
 * passes again once the row is restored. Each test restores what it broke.
 */
class LedgerAuditTest extends LedgerTestSupport {

    private JsonNode audit(String language) {
        Response r = api.post("/api/v1/ledger/audit", tokenOf("auditor"), Map.of(), language);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body();
    }

    /** Appends facts with a marker and more behind them, so that the marked leaves are inside the tree. */
    private List<Long> marked(String marker) {
        publish(facts(marker, 6));
        publish(facts(marker + "-after", 3));
        appendAndSign();
        return indexesOf(marker);
    }

    @Test
    void anIntactLedgerPasses() {
        marked("intact-" + unique());
        JsonNode report = audit(null);
        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("checkedEntries").asLong()).isEqualTo(report.get("treeSize").asLong()).isPositive();
        assertThat(report.get("checkedCheckpoints").asLong()).isPositive();
        assertThat(report.get("firstBadIndex").isNull()).isTrue();
        assertThat(report.get("problem").isNull()).isTrue();
        assertThat(report.get("message").asText()).startsWith("审计通过");
    }

    @Test
    void changedLeafDataIsNamedByIndex() {
        long index = marked("changed-" + unique()).get(2);
        String data = jdbc.sql("SELECT data FROM ledger_leaf WHERE idx = ?").param(index).query(String.class).single();
        try {
            jdbc.sql("UPDATE ledger_leaf SET data = ? WHERE idx = ?")
                    .params(data.replace("\"gaj_user\"", "\"someone_else\""), index).update();
            JsonNode report = audit("en");
            assertThat(report.get("ok").asBoolean()).isFalse();
            assertThat(report.get("firstBadIndex").asLong()).isEqualTo(index);
            assertThat(report.get("problem").asText()).isEqualTo("LEAF_HASH_MISMATCH");
            assertThat(report.get("checkedEntries").asLong()).isEqualTo(index);
            assertThat(report.get("message").asText()).contains("entry " + index + " has been changed");
        } finally {
            jdbc.sql("UPDATE ledger_leaf SET data = ? WHERE idx = ?").params(data, index).update();
        }
        assertThat(audit(null).get("ok").asBoolean()).isTrue();
    }

    @Test
    void aDeletedLeafIsNamedByIndex() {
        long index = marked("deleted-" + unique()).get(3);
        Map<String, Object> row = jdbc.sql("SELECT * FROM ledger_leaf WHERE idx = ?").param(index).query().singleRow();
        try {
            jdbc.sql("DELETE FROM ledger_leaf WHERE idx = ?").param(index).update();
            JsonNode report = audit("en");
            assertThat(report.get("ok").asBoolean()).isFalse();
            assertThat(report.get("firstBadIndex").asLong()).isEqualTo(index);
            assertThat(report.get("problem").asText()).isEqualTo("LEAF_MISSING");
            assertThat(report.get("message").asText()).contains("entry " + index + " has been deleted");
        } finally {
            jdbc.sql("INSERT INTO ledger_leaf (idx, type, occurred_at, actor, org_code, data, leaf_hash) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(row.get("idx"), row.get("type"), row.get("occurred_at"), row.get("actor"),
                            row.get("org_code"), row.get("data"), row.get("leaf_hash"))
                    .update();
        }
        assertThat(audit(null).get("ok").asBoolean()).isTrue();
    }

    @Test
    void dataRewrittenTogetherWithItsLeafHashIsStillCaught() {
        long index = marked("rehashed-" + unique()).get(1);
        Map<String, Object> row = jdbc.sql("SELECT data, leaf_hash FROM ledger_leaf WHERE idx = ?").param(index)
                .query().singleRow();
        String forged = ((String) row.get("data")).replace("\"gaj_user\"", "\"forger\"");
        byte[] forgedHash = org.govdx.tlog.MerkleHasher.sm3().leafHash(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            jdbc.sql("UPDATE ledger_leaf SET data = ?, leaf_hash = ? WHERE idx = ?").params(forged, forgedHash, index)
                    .update();
            JsonNode report = audit("en");
            assertThat(report.get("ok").asBoolean()).isFalse();
            assertThat(report.get("problem").asText()).isEqualTo("NODE_MISMATCH");
            // the first stored subtree over the forged leaf is the pair it belongs to
            assertThat(report.get("firstBadIndex").asLong()).isEqualTo(index & ~1L);
        } finally {
            jdbc.sql("UPDATE ledger_leaf SET data = ?, leaf_hash = ? WHERE idx = ?")
                    .params(row.get("data"), row.get("leaf_hash"), index).update();
        }
    }

    @Test
    void anAlteredCheckpointIsCaught() {
        marked("checkpoint-" + unique());
        Map<String, Object> latest = jdbc.sql("SELECT tree_size, note FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1")
                .query().singleRow();
        long size = ((Number) latest.get("tree_size")).longValue();
        String note = (String) latest.get("note");
        String[] lines = note.split("\n", -1);
        // another root, same signature
        String forgedRoot = (lines[2].charAt(0) == 'A' ? "B" : "A") + lines[2].substring(1);
        try {
            jdbc.sql("UPDATE ledger_checkpoint SET note = ? WHERE tree_size = ?")
                    .params(note.replace(lines[2], forgedRoot), size).update();
            JsonNode report = audit(null);
            assertThat(report.get("ok").asBoolean()).isFalse();
            assertThat(report.get("problem").asText()).isEqualTo("CHECKPOINT_INVALID");
            assertThat(report.get("checkpointSize").asLong()).isEqualTo(size);
        } finally {
            jdbc.sql("UPDATE ledger_checkpoint SET note = ? WHERE tree_size = ?").params(note, size).update();
        }
    }
}
