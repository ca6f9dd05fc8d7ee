package org.govdx.provenance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.govdx.common.GovdxException;
import org.govdx.ledger.Ledger;
import org.govdx.ledger.LedgerEntry;
import org.govdx.ledger.LedgerInclusionProof;
import org.govdx.ledger.SignedCheckpoint;
import org.govdx.provenance.ProofBundle;
import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.VerifierKey;
import org.springframework.stereotype.Component;

/**
 * Packs one ledger entry's proof as the files the offline CLI takes: the leaf bytes exactly as hashed,
 * the inclusion proof in the CLI's JSON format, the signed checkpoint it is against and the
 * platform's verifier key, with a README naming the command.
 */
@Component
class ProofBundles {

    private final Ledger ledger;

    ProofBundles(Ledger ledger) {
        this.ledger = ledger;
    }

    ProofBundle of(long index) {
        // the checkpoint first: the proof must be for exactly its size, even if a newer one is signed meanwhile
        SignedCheckpoint checkpoint = ledger.latestCheckpoint()
                .orElseThrow(() -> GovdxException.conflict("PROVENANCE_NOT_YET_SIGNED", Long.toString(index)));
        if (index >= checkpoint.treeSize()) {
            throw GovdxException.conflict("PROVENANCE_NOT_YET_SIGNED", Long.toString(index));
        }
        LedgerEntry entry = ledger.entry(index);
        LedgerInclusionProof proof = ledger.inclusionProof(index, checkpoint.treeSize());
        String leafFile = "leaf-" + index + ".json";
        String proofFile = "inclusion-" + index + ".json";
        String checkpointFile = "checkpoint-" + checkpoint.treeSize() + ".txt";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, leafFile, entry.data());
            put(zip, proofFile, proofJson(proof));
            put(zip, checkpointFile, checkpoint.note());
            put(zip, "checkpoint.vkey", signerOf(checkpoint) + "\n");
            put(zip, "README.txt", readme(index, entry.leafHash(), checkpoint, leafFile, proofFile, checkpointFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProofBundle("provenance-proof-" + index + ".zip", bytes.toByteArray());
    }

    /** The trusted key that signed the checkpoint: the current one, or a previous one right after a rotation. */
    private String signerOf(SignedCheckpoint checkpoint) {
        for (String key : ledger.publicKeys()) {
            try {
                Checkpoint.open(checkpoint.note(), VerifierKey.parse(key));
                return key;
            } catch (RuntimeException notThisKey) {
                // try the next trusted key
            }
        }
        return ledger.publicKey();
    }

    /** {@code {"index":N,"treeSize":M,"hashes":[...]}}, the format of {@code govdx-ledger verify-inclusion}. */
    static String proofJson(LedgerInclusionProof proof) {
        StringBuilder out = new StringBuilder("{\"index\":").append(proof.index())
                .append(",\"treeSize\":").append(proof.treeSize()).append(",\"hashes\":[");
        for (int i = 0; i < proof.hashes().size(); i++) {
            out.append(i == 0 ? "\"" : ",\"").append(proof.hashes().get(i)).append('"');
        }
        return out.append("]}\n").toString();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String readme(long index, String leafHash, SignedCheckpoint checkpoint, String leafFile,
                                 String proofFile, String checkpointFile) {
        return """
                GovDX 账本溯源证明 / ledger provenance proof

                条目 / entry: %d
                叶哈希 / leaf hash (SM3): %s
                检查点 / checkpoint: tree size %d, root %s, signed at %s

                离线校验（只需本目录中的文件和 govdx-ledger-cli.jar）：
                Verify offline (needs nothing but these files and govdx-ledger-cli.jar):

                  java -jar govdx-ledger-cli.jar verify-inclusion --key checkpoint.vkey \\
                      --checkpoint %s --leaf %s --proof %s

                checkpoint.vkey 是平台发布的公钥，请与从可信渠道（GET /api/v1/ledger/public-key）取得的公钥比对。
                checkpoint.vkey is the platform's published key: compare it with the one obtained through a
                trusted channel (GET /api/v1/ledger/public-key). %s must not be changed, not even its line ends.
                """.formatted(index, leafHash, checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.signedAt(),
                checkpointFile, leafFile, proofFile, leafFile);
    }
}
