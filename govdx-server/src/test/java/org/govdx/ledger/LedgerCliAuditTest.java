package org.govdx.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govdx.tlog.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline audit: export the stored leaves and checkpoints from the running server, audit them with
 * the {@code govdx-ledger} CLI classes, and find a changed and a deleted leaf row by index. Each test
 * restores what it broke.
 */
class LedgerCliAuditTest extends LedgerTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private String out;
    private String err;

    private HttpResponse<String> download(String path, String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenOf(user))
                .header("Accept", "*/*")
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Downloads checkpoints (first, so that the leaves cover them), leaves and key, and runs the CLI audit. */
    private int exportAndAudit() throws Exception {
        HttpResponse<String> checkpoints = download("/api/v1/ledger/checkpoints", "auditor");
        assertThat(checkpoints.statusCode()).isEqualTo(200);
        HttpResponse<String> leaves = download("/api/v1/ledger/export", "auditor");
        assertThat(leaves.statusCode()).as(leaves.body()).isEqualTo(200);
        assertThat(leaves.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        HttpResponse<String> key = download("/api/v1/ledger/public-key", "auditor");
        Files.writeString(dir.resolve("checkpoints.txt"), checkpoints.body(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("leaves.ndjson"), leaves.body(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("checkpoint.vkey"), key.body(), StandardCharsets.UTF_8);
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"audit", "--leaves", dir.resolve("leaves.ndjson").toString(),
                        "--checkpoints", dir.resolve("checkpoints.txt").toString(),
                        "--key", dir.resolve("checkpoint.vkey").toString()},
                new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private List<Long> marked(String marker) {
        publish(facts(marker, 6));
        publish(facts(marker + "-after", 3));
        appendAndSign();
        return indexesOf(marker);
    }

    @Test
    void theExportedLogAuditsOkWithTheCli() throws Exception {
        marked("cli-intact-" + unique());
        assertThat(exportAndAudit()).as(out + err).isEqualTo(Main.OK);
        SignedCheckpoint latest = jdbc.sql("SELECT tree_size, root_hash FROM ledger_checkpoint ORDER BY tree_size DESC "
                        + "LIMIT 1")
                .query((rs, n) -> new SignedCheckpoint(rs.getLong(1), java.util.HexFormat.of().formatHex(rs.getBytes(2)),
                        null, null))
                .single();
        assertThat(out).startsWith("OK: ").contains("last checkpoint size: " + latest.treeSize());
        long exported = Files.readAllLines(dir.resolve("leaves.ndjson")).size();
        assertThat(out).contains("size: " + exported);
        assertThat(exported).isGreaterThanOrEqualTo(latest.treeSize());
        if (exported == latest.treeSize()) {
            assertThat(out).contains("root (hex): " + latest.rootHash());
        }
    }

    @Test
    void aChangedLeafRowIsNamedByTheCli() throws Exception {
        long index = marked("cli-changed-" + unique()).get(2);
        String data = jdbc.sql("SELECT data FROM ledger_leaf WHERE idx = ?").param(index).query(String.class).single();
        try {
            jdbc.sql("UPDATE ledger_leaf SET data = ? WHERE idx = ?")
                    .params(data.replace("\"gaj_user\"", "\"someone_else\""), index).update();
            assertThat(exportAndAudit()).isEqualTo(Main.FAILED);
            assertThat(out).contains("first mismatching index: " + index).contains("LEAF_HASH_MISMATCH");
            assertThat(err).startsWith("FAILED: first mismatching index " + index);
        } finally {
            jdbc.sql("UPDATE ledger_leaf SET data = ? WHERE idx = ?").params(data, index).update();
        }
        assertThat(exportAndAudit()).as(out + err).isEqualTo(Main.OK);
    }

    @Test
    void aDeletedLeafRowIsNamedByTheCli() throws Exception {
        long index = marked("cli-deleted-" + unique()).get(3);
        Map<String, Object> row = jdbc.sql("SELECT * FROM ledger_leaf WHERE idx = ?").param(index).query().singleRow();
        try {
            jdbc.sql("DELETE FROM ledger_leaf WHERE idx = ?").param(index).update();
            assertThat(exportAndAudit()).isEqualTo(Main.FAILED);
            assertThat(out).contains("first mismatching index: " + index).contains("LEAF_MISSING");
        } finally {
            jdbc.sql("INSERT INTO ledger_leaf (idx, type, occurred_at, actor, org_code, data, leaf_hash, search_keys) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(row.get("idx"), row.get("type"), row.get("occurred_at"), row.get("actor"),
                            row.get("org_code"), row.get("data"), row.get("leaf_hash"), row.get("search_keys"))
                    .update();
        }
        assertThat(exportAndAudit()).as(out + err).isEqualTo(Main.OK);
    }

    @Test
    void exportRangesAreValidated() throws Exception {
        marked("cli-range-" + unique());
        HttpResponse<String> part = download("/api/v1/ledger/export?from=1&to=3", "auditor");
        assertThat(part.statusCode()).isEqualTo(200);
        assertThat(part.body().lines().toList()).hasSize(2);
        assertThat(part.body()).startsWith("{\"index\":1,\"data\":\"{");
        assertThat(download("/api/v1/ledger/export?to=999999999999", "auditor").statusCode()).isEqualTo(400);
        assertThat(download("/api/v1/ledger/export?from=5&to=3", "auditor").statusCode()).isEqualTo(400);
        assertThat(download("/api/v1/ledger/export?from=x", "auditor").statusCode()).isEqualTo(400);
        assertThat(download("/api/v1/ledger/export", "gaj_user").statusCode()).isEqualTo(403);
        assertThat(download("/api/v1/ledger/checkpoints", "gaj_user").statusCode()).isEqualTo(200);
    }
}
