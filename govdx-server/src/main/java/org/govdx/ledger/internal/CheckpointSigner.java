package org.govdx.ledger.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.govdx.ledger.CheckpointAnchor;
import org.govdx.ledger.SignedCheckpoint;
import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.SignerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Signs a checkpoint of the stored tree when it has grown since the last one (and once for the empty
 * tree), stores it and hands it to every {@link CheckpointAnchor}.
 *
 * <p>No lock is needed: the leaves of a committed tree size never change, so any instance computes
 * the same root; when two sign the same size at once, the table's key keeps the first.
 */
@Component
public class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final TreeStore tree;
    private final CheckpointStore checkpoints;
    private final LedgerProofs proofs;
    private final SignerKey key;
    private final LedgerVerifierKeys trusted;
    private final String origin;
    private final List<CheckpointAnchor> anchors;
    private final Clock clock;

    CheckpointSigner(TreeStore tree, CheckpointStore checkpoints, LedgerProofs proofs, SignerKey key,
                     LedgerSettings settings, List<CheckpointAnchor> anchors, Clock clock) {
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.key = key;
        this.trusted = LedgerVerifierKeys.of(key.verifierKey(), settings.previousVerifierKeys());
        this.origin = settings.origin();
        this.anchors = List.copyOf(anchors);
        this.clock = clock;
    }

    /**
     * Signs the current tree if no checkpoint covers it yet; returns the new checkpoint, if any. Signs
     * nothing while the latest stored checkpoint verifies neither with this instance's key nor with a
     * previous key it was given after a rotation (another instance signs with a different key): mixed
     * keys would make the ledger unverifiable.
     */
    public Optional<SignedCheckpoint> signIfGrown() {
        long size = tree.size();
        Optional<SignedCheckpoint> latest = checkpoints.latest();
        if (latest.isPresent() && latest.get().treeSize() >= size) {
            return Optional.empty();
        }
        if (latest.isPresent() && !signedWithATrustedKey(latest.get())) {
            return Optional.empty();
        }
        byte[] root = proofs.root(size);
        String note = new Checkpoint(origin, size, root).sign(key).encode();
        SignedCheckpoint signed = new SignedCheckpoint(size, HexFormat.of().formatHex(root),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), note);
        try {
            checkpoints.add(signed);
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
        for (CheckpointAnchor anchor : anchors) {
            try {
                anchor.anchor(signed);
            } catch (RuntimeException e) {
                log.warn("Checkpoint anchor {} failed for tree size {}", anchor.getClass().getSimpleName(), size, e);
            }
        }
        return Optional.of(signed);
    }

    private boolean signedWithATrustedKey(SignedCheckpoint latest) {
        try {
            Checkpoint.open(latest.note(), trusted.verifier());
            return true;
        } catch (RuntimeException e) {
            log.error("Not signing ledger checkpoints: the latest one (tree size {}) does not verify with this "
                    + "instance's key {} (nor with govdx.ledger.previous-verifier-keys). Instances sharing a database must "
                    + "share the signer key: configure govdx.ledger.signer-key. ({})", latest.treeSize(), key.verifierKey(), e.getMessage());
            return false;
        }
    }
}
