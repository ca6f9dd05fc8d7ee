package org.govdx.tlog.cli;

import java.io.PrintStream;
import java.util.HexFormat;
import java.util.Set;

import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.InclusionProof;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.ProofVerifier;
import org.govdx.tlog.VerificationException;
import org.govdx.tlog.VerifierKey;

/**
 * {@code verify-inclusion --key <vkey file> --checkpoint <file> --leaf <data file> --proof <json file>
 * [--hash sm3|sha256]}.
 */
final class VerifyInclusionCommand implements Command {

    @Override
    public Set<String> options() {
        return Set.of("key", "checkpoint", "leaf", "proof", "hash");
    }

    @Override
    public void run(Options options, PrintStream out) {
        MerkleHasher hasher = options.hasher();
        VerifierKey key = InputFiles.verifierKey(options.path("key"));
        Checkpoint checkpoint = InputFiles.checkpoint(options.path("checkpoint"), key);
        VerifyCheckpointCommand.checkRootSize(checkpoint, hasher);
        InclusionProof proof = InclusionProof.fromJson(InputFiles.proofJson(options.path("proof")));
        byte[] leafHash = hasher.leafHash(InputFiles.bytes(options.path("leaf"), "leaf"));
        if (proof.treeSize() != checkpoint.size()) {
            throw new VerificationException("the proof is for tree size " + proof.treeSize()
                    + " but the checkpoint is for tree size " + checkpoint.size());
        }
        proof.verify(new ProofVerifier(hasher), leafHash, checkpoint.rootHash());
        out.println("OK: leaf " + proof.index() + " is included in the log " + checkpoint.origin()
                + " at tree size " + checkpoint.size());
        out.println("leaf hash (" + hasher.algorithm().name() + "): " + HexFormat.of().formatHex(leafHash));
        VerifyCheckpointCommand.print(checkpoint, key, out);
    }
}
