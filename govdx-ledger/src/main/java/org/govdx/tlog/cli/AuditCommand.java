package org.govdx.tlog.cli;

import java.io.PrintStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.ExportedLeaf;
import org.govdx.tlog.FormatException;
import org.govdx.tlog.MerkleFrontier;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.NoteVerifier;
import org.govdx.tlog.VerificationException;
import org.govdx.tlog.VerifierKey;

/**
 * {@code audit --leaves <ndjson file> --checkpoints <file> --key <vkey file> [--hash sm3|sha256]}
 * (the key file may hold several keys, one a line: after a key rotation, the old and the new one):
 * recomputes every leaf hash from its data, rebuilds the tree leaf by leaf with a
 * {@link MerkleFrontier} (constant memory, so the files may hold any number of leaves and
 * checkpoints), verifies each checkpoint's signature and, at its tree size, its root, and stops at the
 * first index where the leaves no longer match.
 *
 * <p>The leaves must start at index 0 in order; the checkpoints must be in order of tree size (as the
 * server lists them and as its anchor file holds them). A checkpoint that signs more leaves than the
 * file holds means leaves were removed from the end.
 */
final class AuditCommand implements Command {

    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Set<String> options() {
        return Set.of("leaves", "checkpoints", "key", "hash");
    }

    @Override
    public void run(Options options, PrintStream out) {
        MerkleHasher hasher = options.hasher();
        VerifierKey[] keys = InputFiles.verifierKeys(options.path("key"));
        try (LeafFile leaves = LeafFile.open(options.path("leaves"));
             CheckpointFile checkpoints = CheckpointFile.open(options.path("checkpoints"))) {
            new Run(hasher, keys, leaves, checkpoints, out).execute();
        }
    }

    /** One pass over the two files. */
    private static final class Run {

        private final MerkleHasher hasher;
        private final VerifierKey[] keys;
        private final NoteVerifier verifier;
        private final LeafFile leaves;
        private final CheckpointFile checkpoints;
        private final PrintStream out;
        private final MerkleFrontier frontier;
        private Checkpoint pending;
        private String origin;
        private long verifiedSize;
        private long verifiedCheckpoints;

        Run(MerkleHasher hasher, VerifierKey[] keys, LeafFile leaves, CheckpointFile checkpoints, PrintStream out) {
            this.hasher = hasher;
            this.keys = keys;
            this.verifier = new NoteVerifier(keys);
            this.leaves = leaves;
            this.checkpoints = checkpoints;
            this.out = out;
            this.frontier = new MerkleFrontier(hasher);
        }

        void execute() {
            pending = nextCheckpoint();
            if (pending == null) {
                throw new UsageException("no checkpoint in " + checkpoints.file()
                        + ": without a signed checkpoint nothing can be audited");
            }
            checkpointsAtCurrentSize();
            for (ExportedLeaf leaf = leaves.next(); leaf != null; leaf = leaves.next()) {
                long expected = frontier.size();
                if (leaf.index() > expected) {
                    mismatch(expected, "LEAF_MISSING", "leaf " + expected + " is missing (the next leaf in the file is "
                            + leaf.index() + ")");
                }
                if (leaf.index() < expected) {
                    mismatch(expected, "LEAF_OUT_OF_ORDER", "leaf " + leaf.index() + " appears again after leaf "
                            + (expected - 1));
                }
                byte[] leafHash = hasher.leafHash(leaf.dataBytes());
                if (!MessageDigest.isEqual(leafHash, leaf.leafHash())) {
                    mismatch(expected, "LEAF_HASH_MISMATCH", "leaf " + expected + ": its data hashes to "
                            + HEX.formatHex(leafHash) + " but its stored leaf hash is " + HEX.formatHex(leaf.leafHash()));
                }
                frontier.append(leafHash);
                checkpointsAtCurrentSize();
            }
            if (pending != null) {
                mismatch(frontier.size(), "LEAF_MISSING", "checkpoint " + checkpoints.count() + " signs "
                        + pending.size() + " leaves but the leaves file ends after " + frontier.size()
                        + ": leaves from index " + frontier.size() + " were removed");
            }
            byte[] root = frontier.root();
            out.println("OK: " + frontier.size() + " leaves recomputed, " + verifiedCheckpoints
                    + " checkpoints verified, no mismatch");
            out.println("origin: " + origin);
            out.println("size: " + frontier.size());
            out.println("root: " + Base64.getEncoder().encodeToString(root));
            out.println("root (hex): " + HEX.formatHex(root));
            out.println("last checkpoint size: " + verifiedSize);
            if (frontier.size() > verifiedSize) {
                out.println("note: leaves " + verifiedSize + " to " + (frontier.size() - 1)
                        + " are not covered by a checkpoint yet");
            }
            for (VerifierKey key : keys) {
                out.println("trusted key: " + key.name() + " (" + key.algorithm().id() + ", key ID "
                        + String.format("%08x", key.keyId()) + ")");
            }
        }

        /** Verifies every checkpoint of exactly the current tree size against the rebuilt root. */
        private void checkpointsAtCurrentSize() {
            long size = frontier.size();
            while (pending != null && pending.size() == size) {
                byte[] root = frontier.root();
                if (!MessageDigest.isEqual(root, pending.rootHash())) {
                    mismatch(verifiedSize, "ROOT_MISMATCH", "the leaves recompute to root " + HEX.formatHex(root)
                            + " at tree size " + size + " but checkpoint " + checkpoints.count() + " signs "
                            + HEX.formatHex(pending.rootHash()) + ": a leaf in [" + verifiedSize + ", " + size
                            + ") was changed, removed or inserted together with its leaf hash");
                }
                verifiedSize = size;
                verifiedCheckpoints++;
                pending = nextCheckpoint();
            }
            if (pending != null && pending.size() < size) {
                throw new FormatException(checkpoints.file() + ": checkpoint " + checkpoints.count()
                        + " (tree size " + pending.size() + ") comes after a larger one: list the checkpoints "
                        + "in order of tree size");
            }
        }

        private Checkpoint nextCheckpoint() {
            String note = checkpoints.next();
            if (note == null) {
                return null;
            }
            int number = checkpoints.count();
            Checkpoint checkpoint;
            try {
                checkpoint = Checkpoint.parse(verifier.open(note).text());
            } catch (FormatException e) {
                throw new FormatException(checkpoints.file() + ": checkpoint " + number + ": " + e.getMessage());
            } catch (VerificationException e) {
                throw failure("checkpoint " + number + " of " + checkpoints.file() + " does not verify: "
                        + e.getMessage());
            }
            if (checkpoint.rootHash().length != hasher.hashSize()) {
                throw failure("checkpoint " + number + " has a root hash of " + checkpoint.rootHash().length
                        + " bytes, but " + hasher.algorithm().name() + " hashes have " + hasher.hashSize());
            }
            if (origin == null) {
                origin = checkpoint.origin();
            } else if (!origin.equals(checkpoint.origin())) {
                throw failure("checkpoint " + number + " is for the log " + checkpoint.origin()
                        + ", the earlier ones for " + origin);
            }
            return checkpoint;
        }

        private VerificationException failure(String message) {
            printProgress();
            return new VerificationException(message);
        }

        private void mismatch(long index, String problem, String detail) {
            printProgress();
            out.println("first mismatching index: " + index);
            out.println("problem: " + problem);
            throw new VerificationException("first mismatching index " + index + " (" + problem + "): " + detail);
        }

        private void printProgress() {
            out.println("leaves checked: " + frontier.size());
            out.println("checkpoints verified: " + verifiedCheckpoints + " (up to tree size " + verifiedSize + ")");
        }
    }
}
