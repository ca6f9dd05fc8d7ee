package org.govdx.ledger.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code govdx.ledger.*}.
 *
 * @param origin             the log's identity, first line of every checkpoint and name of its key
 * @param checkpointInterval how often a checkpoint is signed when the tree has grown
 * @param appendInterval     pause between two runs of the appender (each run drains the outbox)
 * @param batchSize          leaves appended per transaction (group commit)
 * @param signerKey          the checkpoint signer key text ({@code PRIVATE+KEY+...}); unset, it is read
 *                           from (or generated into) {@code <data-dir>/ledger/checkpoint.skey}. Several
 *                           instances on one database must share one key: configure it
 * @param jobsEnabled        run the appender and the checkpoint signer in this instance
 * @param previousVerifierKeys verifier keys ({@code <name>+<key id>+<base64>}) of signer keys used before a
 *                           rotation: checkpoints they signed still verify; new ones are signed with
 *                           {@code signerKey} only
 */
@ConfigurationProperties("govdx.ledger")
public record LedgerSettings(@DefaultValue("govdx.local/ledger") String origin,
                             @DefaultValue("5s") Duration checkpointInterval,
                             @DefaultValue("200ms") Duration appendInterval,
                             @DefaultValue("1000") int batchSize,
                             String signerKey,
                             @DefaultValue("true") boolean jobsEnabled,
                             List<String> previousVerifierKeys) {

    public LedgerSettings {
        previousVerifierKeys = previousVerifierKeys == null ? List.of() : List.copyOf(previousVerifierKeys);
        if (batchSize < 1) {
            throw new IllegalArgumentException("govdx.ledger.batch-size must be at least 1");
        }
    }
}
