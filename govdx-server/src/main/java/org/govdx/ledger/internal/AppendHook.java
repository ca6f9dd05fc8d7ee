package org.govdx.ledger.internal;

/**
 * Called by the appender inside a batch's transaction after each leaf; throwing aborts the batch as
 * a crash would. Lets tests kill the appender mid-batch.
 */
@FunctionalInterface
public interface AppendHook {

    AppendHook NONE = (index, inBatch) -> { };

    /**
     * @param index   the index the leaf received
     * @param inBatch how many leaves this batch has appended so far, this one included
     */
    void afterLeaf(long index, int inBatch);
}
