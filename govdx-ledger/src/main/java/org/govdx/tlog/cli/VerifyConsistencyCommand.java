package org.govdx.tlog.cli;

import java.io.PrintStream;
import java.util.Set;

import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.ConsistencyProof;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.ProofVerifier;
import org.govdx.tlog.VerificationException;
import org.govdx.tlog.VerifierKey;

/**
 * {@code verify-consistency --key <vkey file> --old <checkpoint> --new <checkpoint> --proof <json file>
 * [--hash sm3|sha256]}.
 */
final class VerifyConsistencyCommand implements Command {

    @Override
    public Set<String> options() {
        return Set.of("key", "old", "new", "proof", "hash");
    }

    @Override
    public void run(Options options, PrintStream out) {
        MerkleHasher hasher = options.hasher();
        VerifierKey key = InputFiles.verifierKey(options.path("key"));
        Checkpoint older = InputFiles.checkpoint(options.path("old"), key);
        Checkpoint newer = InputFiles.checkpoint(options.path("new"), key);
        VerifyCheckpointCommand.checkRootSize(older, hasher);
        VerifyCheckpointCommand.checkRootSize(newer, hasher);
        ConsistencyProof proof = ConsistencyProof.fromJson(InputFiles.proofJson(options.path("proof")));
        if (!older.origin().equals(newer.origin())) {
            throw new VerificationException("the checkpoints are from different logs: '" + older.origin()
                    + "' and '" + newer.origin() + "'");
        }
        if (proof.from() != older.size() || proof.to() != newer.size()) {
            throw new VerificationException("the proof is from size " + proof.from() + " to " + proof.to()
                    + " but the checkpoints have sizes " + older.size() + " and " + newer.size());
        }
        proof.verify(new ProofVerifier(hasher), older.rootHash(), newer.rootHash());
        out.println("OK: the log " + older.origin() + " at tree size " + older.size()
                + " is a prefix of the log at tree size " + newer.size());
    }
}
