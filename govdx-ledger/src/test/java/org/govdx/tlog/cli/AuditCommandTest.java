package org.govdx.tlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.InMemoryMerkleTree;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.SignerKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code audit} command over exported leaves and a checkpoint list, intact and tampered. */
class AuditCommandTest {

    private static final String ORIGIN = "gov.example/ledger";
    private static final HexFormat HEX = HexFormat.of();
    private static final MerkleHasher SM3 = MerkleHasher.sm3();

    @TempDir
    Path dir;

    private String out;
    private String err;
    private SignerKey signer;
    private InMemoryMerkleTree tree;
    private final List<String> data = new ArrayList<>();

    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private int audit(String leaves, String checkpoints) {
        return run("audit", "--leaves", dir.resolve(leaves).toString(), "--checkpoints",
                dir.resolve(checkpoints).toString(), "--key", dir.resolve("log.vkey").toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** One export line, as the server writes it. */
    private static String line(long index, String data, String leafHash) {
        return "{\"index\":" + index + ",\"data\":" + quote(data) + ",\"leafHash\":\"" + leafHash + "\"}\n";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private String leaves(int skip) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < data.size(); i++) {
            if (i != skip) {
                b.append(line(i, data.get(i), HEX.formatHex(tree.leafHash(i))));
            }
        }
        return b.toString();
    }

    private String checkpoint(long size) {
        return new Checkpoint(ORIGIN, size, tree.rootHash(size)).sign(signer).encode() + "\n";
    }

    @BeforeEach
    void logOfTwelveLeavesWithCheckpointsAt0_3_7_12() throws IOException {
        assertThat(run("keygen", "--name", ORIGIN, "--out", dir.resolve("log").toString())).isEqualTo(Main.OK);
        signer = SignerKey.parse(Files.readString(dir.resolve("log.skey")).strip());
        tree = new InMemoryMerkleTree(SM3);
        for (int i = 0; i < 12; i++) {
            String d = "{\"keys\":{\"n\":" + i + "},\"org\":\"ZW-GAJ\",\"type\":\"T\",\"who\":\"公安局\"}";
            data.add(d);
            tree.append(d.getBytes(StandardCharsets.UTF_8));
        }
        write("leaves.ndjson", leaves(-1));
        write("checkpoints.txt", checkpoint(0) + checkpoint(3) + checkpoint(7) + checkpoint(12));
    }

    @Test
    void intactLogAuditsOk() {
        assertThat(audit("leaves.ndjson", "checkpoints.txt")).isEqualTo(Main.OK);
        assertThat(out).startsWith("OK: 12 leaves recomputed, 4 checkpoints verified")
                .contains("size: 12")
                .contains("root (hex): " + HEX.formatHex(tree.rootHash()))
                .contains("origin: " + ORIGIN);
        assertThat(err).isEmpty();
    }

    @Test
    void leavesBeyondTheLastCheckpointAreReportedAsUncovered() throws IOException {
        write("early.txt", checkpoint(3) + checkpoint(7));
        assertThat(audit("leaves.ndjson", "early.txt")).isEqualTo(Main.OK);
        assertThat(out).contains("size: 12").contains("leaves 7 to 11 are not covered by a checkpoint yet");
    }

    @Test
    void tamperedLeafDataIsNamedByItsIndex() throws IOException {
        write("tampered.ndjson", leaves(-1).replace("\\\"n\\\":5}", "\\\"n\\\":55}"));
        assertThat(audit("tampered.ndjson", "checkpoints.txt")).isEqualTo(Main.FAILED);
        assertThat(out).contains("first mismatching index: 5").contains("problem: LEAF_HASH_MISMATCH");
        assertThat(err).startsWith("FAILED: first mismatching index 5 (LEAF_HASH_MISMATCH)");
    }

    @Test
    void leafRewrittenTogetherWithItsHashFailsAtTheNextCheckpoint() throws IOException {
        String forged = data.get(5).replace("\"n\":5", "\"n\":55");
        String text = leaves(-1).replace(line(5, data.get(5), HEX.formatHex(tree.leafHash(5))),
                line(5, forged, HEX.formatHex(SM3.leafHash(forged.getBytes(StandardCharsets.UTF_8)))));
        write("rewritten.ndjson", text);
        assertThat(audit("rewritten.ndjson", "checkpoints.txt")).isEqualTo(Main.FAILED);
        assertThat(out).contains("first mismatching index: 3").contains("problem: ROOT_MISMATCH");
        assertThat(err).contains("a leaf in [3, 7)");
    }

    @Test
    void deletedLeafIsNamedByItsIndex() throws IOException {
        write("deleted.ndjson", leaves(6));
        assertThat(audit("deleted.ndjson", "checkpoints.txt")).isEqualTo(Main.FAILED);
        assertThat(out).contains("first mismatching index: 6").contains("problem: LEAF_MISSING");
        assertThat(out).contains("checkpoints verified: 2 (up to tree size 3)");
    }

    @Test
    void deletedLastLeafIsFoundThroughTheCheckpoint() throws IOException {
        write("truncated.ndjson", leaves(11));
        assertThat(audit("truncated.ndjson", "checkpoints.txt")).isEqualTo(Main.FAILED);
        assertThat(out).contains("first mismatching index: 11").contains("problem: LEAF_MISSING");
        assertThat(err).contains("signs 12 leaves but the leaves file ends after 11");
    }

    @Test
    void deletedAndRenumberedLeafFailsAtTheNextCheckpoint() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0, j = 0; i < data.size(); i++) {
            if (i != 8) {
                b.append(line(j++, data.get(i), HEX.formatHex(tree.leafHash(i))));
            }
        }
        write("renumbered.ndjson", b.toString());
        assertThat(audit("renumbered.ndjson", "checkpoints.txt")).isEqualTo(Main.FAILED);
        assertThat(out).contains("problem: LEAF_MISSING").contains("first mismatching index: 11");
    }

    @Test
    void forgedOrForeignCheckpointFails() throws IOException {
        SignerKey other = SignerKey.generateSm2(ORIGIN);
        write("foreign.txt", checkpoint(3) + new Checkpoint(ORIGIN, 7, tree.rootHash(7)).sign(other).encode() + "\n");
        assertThat(audit("leaves.ndjson", "foreign.txt")).isEqualTo(Main.FAILED);
        assertThat(err).contains("checkpoint 2 of").contains("does not verify");

        write("forged.txt", checkpoint(7).replace("\n7\n", "\n8\n"));
        assertThat(audit("leaves.ndjson", "forged.txt")).isEqualTo(Main.FAILED);
        assertThat(err).contains("checkpoint 1 of");
    }

    @Test
    void afterAKeyRotationTheKeyFileListsTheOldAndTheNewKey() throws IOException {
        SignerKey rotated = SignerKey.generateSm2(ORIGIN);
        write("rotated.txt", checkpoint(3) + new Checkpoint(ORIGIN, 12, tree.rootHash()).sign(rotated).encode() + "\n");
        write("new.vkey", rotated.verifierKey().encode() + "\n");
        write("both.vkey", rotated.verifierKey().encode() + "\n" + Files.readString(dir.resolve("log.vkey")));
        String[] both = {"audit", "--leaves", dir.resolve("leaves.ndjson").toString(), "--checkpoints",
                dir.resolve("rotated.txt").toString(), "--key", dir.resolve("both.vkey").toString()};
        assertThat(run(both)).as(err).isEqualTo(Main.OK);
        assertThat(out).contains("2 checkpoints verified").contains("trusted key: " + ORIGIN);
        String[] onlyNew = {"audit", "--leaves", dir.resolve("leaves.ndjson").toString(), "--checkpoints",
                dir.resolve("rotated.txt").toString(), "--key", dir.resolve("new.vkey").toString()};
        assertThat(run(onlyNew)).isEqualTo(Main.FAILED);
        assertThat(err).contains("checkpoint 1 of");
    }

    @Test
    void badInputIsAUsageError() throws IOException {
        write("empty.txt", "");
        assertThat(audit("leaves.ndjson", "empty.txt")).isEqualTo(Main.USAGE);
        assertThat(err).contains("no checkpoint");

        write("unordered.txt", checkpoint(7) + checkpoint(3));
        assertThat(audit("leaves.ndjson", "unordered.txt")).isEqualTo(Main.USAGE);
        assertThat(err).contains("order of tree size");

        write("bad.ndjson", leaves(-1) + "not json\n");
        assertThat(audit("bad.ndjson", "checkpoints.txt")).isEqualTo(Main.USAGE);
        assertThat(err).contains("bad.ndjson line 13");

        write("unsigned.txt", "gov.example/ledger\n3\nAAAA\n");
        assertThat(audit("leaves.ndjson", "unsigned.txt")).isEqualTo(Main.USAGE);
        assertThat(err).contains("has no signatures");

        assertThat(audit("missing.ndjson", "checkpoints.txt")).isEqualTo(Main.USAGE);
        assertThat(err).contains("not found");
        assertThat(run("audit", "--leaves", "x")).isEqualTo(Main.USAGE);
    }
}
