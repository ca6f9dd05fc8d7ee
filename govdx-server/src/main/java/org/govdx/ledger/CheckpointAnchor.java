package org.govdx.ledger;

/**
 * A place outside the platform's database that receives every checkpoint the ledger signs, so that
 * rewriting the database cannot also rewrite history: once a checkpoint is anchored, any later tree
 * must prove consistent with it.
 *
 * <p>Every bean implementing this interface is called after each checkpoint commits, in the signing
 * instance. The default anchor appends to {@code <data-dir>/ledger/checkpoints.log}; consortium-chain
 * or witness adapters are further beans. A failing anchor is logged and does not undo the checkpoint.
 */
public interface CheckpointAnchor {

    /** Records a newly signed checkpoint; should return promptly. */
    void anchor(SignedCheckpoint checkpoint);
}
