package org.govdx.tlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.ConsistencyProof;
import org.govdx.tlog.InMemoryMerkleTree;
import org.govdx.tlog.InclusionProof;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.SignerKey;
import org.govdx.tlog.VerifierKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@link Main#run} in-process, for success and failure of each command. */
class MainTest {

    private static final String ORIGIN = "gov.example/ledger";

    @TempDir
    Path dir;

    private String out;
    private String err;

    private Path vkey;
    private SignerKey signer;
    private InMemoryMerkleTree tree;

    /** Runs the CLI and keeps its output. */
    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] entry(int i) {
        return ("{\"record\":" + i + ",\"agency\":\"数据局\"}").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void logWithSm3TreeAndSm2Key() throws IOException {
        assertThat(run("keygen", "--name", ORIGIN, "--out", p("log"))).isEqualTo(Main.OK);
        vkey = dir.resolve("log.vkey");
        signer = SignerKey.parse(Files.readString(dir.resolve("log.skey")).strip());
        tree = new InMemoryMerkleTree(MerkleHasher.sm3());
        for (int i = 0; i < 10; i++) {
            tree.append(entry(i));
        }
        write("cp7", new Checkpoint(ORIGIN, 7, tree.rootHash(7)).sign(signer).encode());
        write("cp10", new Checkpoint(ORIGIN, 10, tree.rootHash(10)).sign(signer).encode());
        writeBytes("leaf3", entry(3));
        write("incl3", new InclusionProof(3, 10, tree.proofs().inclusionProof(3, 10)).toJson());
        write("cons", new ConsistencyProof(7, 10, tree.proofs().consistencyProof(7, 10)).toJson());
    }

    @Test
    void keygenWritesAnSm2KeyPairByDefault() throws IOException {
        assertThat(out).contains("log.vkey").contains("log.skey");
        VerifierKey key = VerifierKey.parse(Files.readString(vkey).strip());
        assertThat(key.name()).isEqualTo(ORIGIN);
        assertThat(key.algorithm().id()).isEqualTo("sm2");
        assertThat(signer.verifierKey()).isEqualTo(key);
        assertThat(out).contains(key.encode());
    }

    @Test
    void keygenEd25519AndItsFailures() throws IOException {
        assertThat(run("keygen", "--name", "witness", "--algorithm", "ed25519", "--out", p("w"))).isEqualTo(Main.OK);
        assertThat(VerifierKey.parse(Files.readString(dir.resolve("w.vkey")).strip()).algorithm().id())
                .isEqualTo("ed25519");
        assertThat(SignerKey.parse(Files.readString(dir.resolve("w.skey")).strip()).name()).isEqualTo("witness");

        assertThat(run("keygen", "--name", "witness", "--out", p("w"))).isEqualTo(Main.USAGE);
        assertThat(err).contains("refusing to overwrite");
        assertThat(run("keygen", "--name", "x", "--algorithm", "rsa", "--out", p("x"))).isEqualTo(Main.USAGE);
        assertThat(err).contains("unknown signature algorithm");
        assertThat(run("keygen", "--name", "bad name", "--out", p("y"))).isEqualTo(Main.USAGE);
        assertThat(run("keygen", "--out", p("z"))).isEqualTo(Main.USAGE);
        assertThat(err).contains("needs --name");
    }

    @Test
    void verifyCheckpointSucceeds() {
        assertThat(run("verify-checkpoint", "--key", vkey.toString(), "--checkpoint", p("cp10"))).isEqualTo(Main.OK);
        assertThat(out).contains("origin: " + ORIGIN)
                .contains("size: 10")
                .contains("root: " + Base64.getEncoder().encodeToString(tree.rootHash(10)))
                .contains(HexFormat.of().formatHex(tree.rootHash(10)));
        assertThat(err).isEmpty();
    }

    @Test
    void verifyCheckpointFailures() throws IOException {
        String signed = Files.readString(dir.resolve("cp10"));
        write("tampered", signed.replace("\n10\n", "\n11\n"));
        assertThat(run("verify-checkpoint", "--key", vkey.toString(), "--checkpoint", p("tampered")))
                .isEqualTo(Main.FAILED);
        assertThat(err).startsWith("FAILED: ").contains("does not verify");
        assertThat(out).isEmpty();

        assertThat(run("keygen", "--name", ORIGIN, "--out", p("other"))).isEqualTo(Main.OK);
        assertThat(run("verify-checkpoint", "--key", p("other.vkey"), "--checkpoint", p("cp10")))
                .isEqualTo(Main.FAILED);
        assertThat(err).contains("no signature by a trusted key");

        write("malformed", signed.replace("\n\n", "\n"));
        assertThat(run("verify-checkpoint", "--key", vkey.toString(), "--checkpoint", p("malformed")))
                .isEqualTo(Main.USAGE);
        assertThat(err).startsWith("error: ").contains("malformed");

        assertThat(run("verify-checkpoint", "--key", vkey.toString(), "--checkpoint", p("missing")))
                .isEqualTo(Main.USAGE);
        assertThat(err).contains("not found");
        write("badkey", "not a key\n");
        assertThat(run("verify-checkpoint", "--key", p("badkey"), "--checkpoint", p("cp10"))).isEqualTo(Main.USAGE);
        assertThat(run("verify-checkpoint", "--key", vkey.toString())).isEqualTo(Main.USAGE);
        assertThat(err).contains("needs --checkpoint");
        assertThat(run("verify-checkpoint", "--key", vkey.toString(), "--checkpoint", p("cp10"), "--leaf", "x"))
                .isEqualTo(Main.USAGE);
        assertThat(err).contains("unknown option '--leaf'");
        assertThat(run("verify-checkpoint", "--key", vkey.toString(), "--key", vkey.toString())).isEqualTo(Main.USAGE);
        assertThat(run("verify-checkpoint", "--key")).isEqualTo(Main.USAGE);
        assertThat(run("verify-checkpoint", "--key", vkey.toString(), "--checkpoint", p("cp10"), "--hash", "md5"))
                .isEqualTo(Main.USAGE);
    }

    @Test
    void verifyInclusionSucceeds() {
        assertThat(run("verify-inclusion", "--checkpoint", p("cp10"), "--key", vkey.toString(),
                "--leaf", p("leaf3"), "--proof", p("incl3"))).isEqualTo(Main.OK);
        assertThat(out).contains("leaf 3 is included").contains("tree size 10")
                .contains(HexFormat.of().formatHex(MerkleHasher.sm3().leafHash(entry(3))));
    }

    @Test
    void verifyInclusionFailures() throws IOException {
        writeBytes("leaf4", entry(4));
        assertThat(run("verify-inclusion", "--checkpoint", p("cp10"), "--key", vkey.toString(),
                "--leaf", p("leaf4"), "--proof", p("incl3"))).isEqualTo(Main.FAILED);
        assertThat(err).contains("does not lead to the expected root hash");

        // A proof for another tree size than the checkpoint's.
        write("incl3of7", new InclusionProof(3, 7, tree.proofs().inclusionProof(3, 7)).toJson());
        assertThat(run("verify-inclusion", "--checkpoint", p("cp10"), "--key", vkey.toString(),
                "--leaf", p("leaf3"), "--proof", p("incl3of7"))).isEqualTo(Main.FAILED);
        assertThat(err).contains("tree size 7").contains("tree size 10");

        // A modified proof hash.
        List<byte[]> hashes = new ArrayList<>(tree.proofs().inclusionProof(3, 10));
        hashes.get(1)[5] ^= 0x40;
        write("bad", new InclusionProof(3, 10, hashes).toJson());
        assertThat(run("verify-inclusion", "--checkpoint", p("cp10"), "--key", vkey.toString(),
                "--leaf", p("leaf3"), "--proof", p("bad"))).isEqualTo(Main.FAILED);

        // The right proof, but checked with the wrong hash function.
        assertThat(run("verify-inclusion", "--checkpoint", p("cp10"), "--key", vkey.toString(),
                "--leaf", p("leaf3"), "--proof", p("incl3"), "--hash", "sha256")).isEqualTo(Main.FAILED);

        write("notjson", "{\"index\":3,\"treeSize\":10,\"hashes\":[\"zz\"]}");
        assertThat(run("verify-inclusion", "--checkpoint", p("cp10"), "--key", vkey.toString(),
                "--leaf", p("leaf3"), "--proof", p("notjson"))).isEqualTo(Main.USAGE);
        assertThat(err).contains("hex");
        assertThat(run("verify-inclusion", "--checkpoint", p("cp10"), "--key", vkey.toString(),
                "--leaf", p("nope"), "--proof", p("incl3"))).isEqualTo(Main.USAGE);
    }

    @Test
    void verifyInclusionWithSha256() throws IOException {
        InMemoryMerkleTree sha = new InMemoryMerkleTree(MerkleHasher.sha256());
        for (int i = 0; i < 5; i++) {
            sha.append(entry(i));
        }
        write("sha-cp", new Checkpoint(ORIGIN, 5, sha.rootHash()).sign(signer).encode());
        write("sha-incl", new InclusionProof(3, 5, sha.proofs().inclusionProof(3, 5)).toJson());
        assertThat(run("verify-inclusion", "--checkpoint", p("sha-cp"), "--key", vkey.toString(),
                "--leaf", p("leaf3"), "--proof", p("sha-incl"), "--hash", "sha256")).isEqualTo(Main.OK);
        assertThat(run("verify-inclusion", "--checkpoint", p("sha-cp"), "--key", vkey.toString(),
                "--leaf", p("leaf3"), "--proof", p("sha-incl"))).isEqualTo(Main.FAILED);
    }

    @Test
    void verifyConsistencySucceeds() {
        assertThat(run("verify-consistency", "--key", vkey.toString(), "--old", p("cp7"), "--new", p("cp10"),
                "--proof", p("cons"))).isEqualTo(Main.OK);
        assertThat(out).contains("tree size 7").contains("tree size 10");
    }

    @Test
    void verifyConsistencyFailures() throws IOException {
        assertThat(run("verify-consistency", "--key", vkey.toString(), "--old", p("cp10"), "--new", p("cp7"),
                "--proof", p("cons"))).isEqualTo(Main.FAILED);
        assertThat(err).contains("the proof is from size 7 to 10");

        // A fork: a different tree of 10 leaves, signed by the same key.
        InMemoryMerkleTree fork = new InMemoryMerkleTree(MerkleHasher.sm3());
        for (int i = 0; i < 10; i++) {
            fork.append(entry(i == 8 ? 80 : i));
        }
        write("fork10", new Checkpoint(ORIGIN, 10, fork.rootHash()).sign(signer).encode());
        assertThat(run("verify-consistency", "--key", vkey.toString(), "--old", p("cp7"), "--new", p("fork10"),
                "--proof", p("cons"))).isEqualTo(Main.FAILED);
        assertThat(err).contains("new root hash");

        List<byte[]> hashes = new ArrayList<>(tree.proofs().consistencyProof(7, 10));
        hashes.get(0)[0] ^= 1;
        write("bad", new ConsistencyProof(7, 10, hashes).toJson());
        assertThat(run("verify-consistency", "--key", vkey.toString(), "--old", p("cp7"), "--new", p("cp10"),
                "--proof", p("bad"))).isEqualTo(Main.FAILED);

        write("other-origin", new Checkpoint("other.example/log", 10, tree.rootHash()).sign(
                SignerKey.parse(Files.readString(dir.resolve("log.skey")).strip())).encode());
        assertThat(run("verify-consistency", "--key", vkey.toString(), "--old", p("cp7"), "--new",
                p("other-origin"), "--proof", p("cons"))).isEqualTo(Main.FAILED);
        assertThat(err).contains("different logs");

        write("truncated", "{\"from\":7,\"to\":10,\"hashes\":[");
        assertThat(run("verify-consistency", "--key", vkey.toString(), "--old", p("cp7"), "--new", p("cp10"),
                "--proof", p("truncated"))).isEqualTo(Main.USAGE);
    }

    @Test
    void signCheckpointThenVerifyIt() {
        String rootHex = HexFormat.of().formatHex(tree.rootHash(10));
        assertThat(run("sign-checkpoint", "--skey", p("log.skey"), "--size", "10", "--root", rootHex,
                "--out", p("signed"))).isEqualTo(Main.OK);
        assertThat(run("verify-inclusion", "--checkpoint", p("signed"), "--key", vkey.toString(),
                "--leaf", p("leaf3"), "--proof", p("incl3"))).isEqualTo(Main.OK);

        assertThat(run("sign-checkpoint", "--skey", p("log.skey"), "--size", "10", "--root", rootHex)).isEqualTo(Main.OK);
        assertThat(out).startsWith(ORIGIN + "\n10\n" + Base64.getEncoder().encodeToString(tree.rootHash(10)) + "\n\n\u2014 ");

        assertThat(run("sign-checkpoint", "--skey", p("log.skey"), "--size", "10", "--root", "abcd")).isEqualTo(Main.USAGE);
        assertThat(run("sign-checkpoint", "--skey", p("log.skey"), "--size", "-1", "--root", rootHex)).isEqualTo(Main.USAGE);
        assertThat(run("sign-checkpoint", "--skey", vkey.toString(), "--size", "1", "--root", rootHex)).isEqualTo(Main.USAGE);
    }

    @Test
    void usage() {
        assertThat(run()).isEqualTo(Main.USAGE);
        assertThat(err).contains("Usage: java -jar govdx-ledger.jar");
        assertThat(run("help")).isEqualTo(Main.OK);
        assertThat(out).contains("verify-checkpoint").contains("verify-inclusion").contains("verify-consistency")
                .contains("keygen").contains("--hash sm3|sha256");
        assertThat(run("frobnicate")).isEqualTo(Main.USAGE);
        assertThat(err).contains("unknown command 'frobnicate'");
    }
}
