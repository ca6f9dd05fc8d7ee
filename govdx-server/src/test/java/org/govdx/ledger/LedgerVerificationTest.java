package org.govdx.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govdx.ApiClient.Response;
import org.govdx.tlog.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * End to end: what the API serves verifies with the offline CLI of {@code govdx-ledger}, given nothing
 * but the files; a tampered proof does not.
 */
class LedgerVerificationTest extends LedgerTestSupport {

    @TempDir
    Path dir;
    @org.springframework.beans.factory.annotation.Autowired
    Ledger ledger;

    private String out;
    private String err;

    private int cli(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return status;
    }

    private Path save(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void entriesProofsAndCheckpointsVerifyOfflineAndTamperingIsCaught() throws Exception {
        String user = tokenOf("zrzyj_user");
        String auditor = tokenOf("auditor");
        String marker = "verify-" + unique();
        publish(facts(marker, 3));
        appendAndSign();
        Path key = save("ledger.vkey", api.getText("/api/v1/ledger/public-key", user).text());
        String oldCheckpoint = api.getText("/api/v1/ledger/checkpoint", user).text();
        Path old = save("old.checkpoint", oldCheckpoint);
        assertThat(cli("verify-checkpoint", "--key", key.toString(), "--checkpoint", old.toString()))
                .as(err).isEqualTo(Main.OK);

        publish(facts(marker + "-more", 5));
        appendAndSign();
        Path checkpoint = save("new.checkpoint", api.getText("/api/v1/ledger/checkpoint", user).text());
        long size = Long.parseLong(Files.readString(checkpoint).split("\n")[1]);
        long index = indexesOf(marker).get(1);

        JsonNode entry = api.get("/api/v1/ledger/entries/" + index, auditor).body();
        Path leaf = dir.resolve("entry.json");
        Files.write(leaf, entry.get("data").asText().getBytes(StandardCharsets.UTF_8));
        Response inclusion = api.get("/api/v1/ledger/proof/inclusion?index=" + index + "&treeSize=" + size, user);
        Path proof = save("inclusion.json", inclusion.text());
        assertThat(cli("verify-inclusion", "--key", key.toString(), "--checkpoint", checkpoint.toString(),
                "--leaf", leaf.toString(), "--proof", proof.toString())).as(err).isEqualTo(Main.OK);
        assertThat(out).contains("OK: leaf " + index + " is included", entry.get("leafHash").asText());

        long oldSize = Long.parseLong(oldCheckpoint.split("\n")[1]);
        Path consistency = save("consistency.json",
                api.get("/api/v1/ledger/proof/consistency?from=" + oldSize + "&to=" + size, user).text());
        assertThat(cli("verify-consistency", "--key", key.toString(), "--old", old.toString(), "--new",
                checkpoint.toString(), "--proof", consistency.toString())).as(err).isEqualTo(Main.OK);

        // one hex digit of one proof hash changed
        JsonNode hashes = inclusion.body().get("hashes");
        String first = hashes.get(0).asText();
        String flipped = (first.charAt(0) == '0' ? "1" : "0") + first.substring(1);
        Path tampered = save("tampered.json", inclusion.text().replace(first, flipped));
        assertThat(cli("verify-inclusion", "--key", key.toString(), "--checkpoint", checkpoint.toString(),
                "--leaf", leaf.toString(), "--proof", tampered.toString())).isEqualTo(Main.FAILED);
        // the entry's data changed
        Files.write(leaf, entry.get("data").asText().replace(marker, marker + "x").getBytes(StandardCharsets.UTF_8));
        assertThat(cli("verify-inclusion", "--key", key.toString(), "--checkpoint", checkpoint.toString(),
                "--leaf", leaf.toString(), "--proof", proof.toString())).isEqualTo(Main.FAILED);
        // a forged checkpoint
        Path forged = save("forged.checkpoint", Files.readString(checkpoint).replaceFirst("\n" + size + "\n",
                "\n" + (size + 1) + "\n"));
        assertThat(cli("verify-checkpoint", "--key", key.toString(), "--checkpoint", forged.toString()))
                .isEqualTo(Main.FAILED);
        // a consistency proof for other sizes
        Path wrongSizes = save("wrong.json", Files.readString(consistency).replace("\"from\":" + oldSize,
                "\"from\":" + (oldSize - 1)));
        assertThat(cli("verify-consistency", "--key", key.toString(), "--old", old.toString(), "--new",
                checkpoint.toString(), "--proof", wrongSizes.toString())).isNotEqualTo(Main.OK);
    }

    @Test
    void theSigningKeyAndAnchorLiveInTheDataDirectory() throws Exception {
        Path ledgerDir = Path.of("target/test-data/ledger");
        Path skey = ledgerDir.resolve("checkpoint.skey");
        assertThat(skey).exists();
        assertThat(Files.getPosixFilePermissions(skey).stream().map(Enum::name))
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        String user = tokenOf("wjw_user");
        assertThat(Files.readString(ledgerDir.resolve("checkpoint.vkey")).trim())
                .isEqualTo(api.getText("/api/v1/ledger/public-key", user).text().trim());

        publish(facts("anchor-" + unique(), 1));
        appendAndSign();
        // signed by this call or by the scheduled signer: anchored either way
        SignedCheckpoint signed = ledger.latestCheckpoint().orElseThrow();
        assertThat(Files.readString(ledgerDir.resolve("checkpoints.log"))).contains(signed.note());
    }
}
