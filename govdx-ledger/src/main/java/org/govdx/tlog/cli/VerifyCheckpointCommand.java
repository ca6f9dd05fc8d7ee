package org.govdx.tlog.cli;

import java.io.PrintStream;
import java.util.HexFormat;
import java.util.Set;

import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.VerificationException;
import org.govdx.tlog.VerifierKey;

/** {@code verify-checkpoint --key <vkey file> --checkpoint <file> [--hash sm3|sha256]}. */
final class VerifyCheckpointCommand implements Command {

    @Override
    public Set<String> options() {
        return Set.of("key", "checkpoint", "hash");
    }

    @Override
    public void run(Options options, PrintStream out) {
        MerkleHasher hasher = options.hasher();
        VerifierKey key = InputFiles.verifierKey(options.path("key"));
        Checkpoint checkpoint = InputFiles.checkpoint(options.path("checkpoint"), key);
        checkRootSize(checkpoint, hasher);
        out.println("OK: checkpoint signature verified");
        print(checkpoint, key, out);
    }

    /** Rejects a root hash whose length does not fit the chosen hash algorithm. */
    static void checkRootSize(Checkpoint checkpoint, MerkleHasher hasher) {
        if (checkpoint.rootHash().length != hasher.hashSize()) {
            throw new VerificationException("checkpoint root hash has " + checkpoint.rootHash().length
                    + " bytes, but " + hasher.algorithm().name() + " hashes have " + hasher.hashSize());
        }
    }

    /** Prints the fields of a verified checkpoint. */
    static void print(Checkpoint checkpoint, VerifierKey key, PrintStream out) {
        byte[] root = checkpoint.rootHash();
        out.println("origin: " + checkpoint.origin());
        out.println("size: " + checkpoint.size());
        out.println("root: " + java.util.Base64.getEncoder().encodeToString(root));
        out.println("root (hex): " + HexFormat.of().formatHex(root));
        out.println("signed by: " + key.name() + " (" + key.algorithm().id() + ", key ID "
                + String.format("%08x", key.keyId()) + ")");
    }
}
