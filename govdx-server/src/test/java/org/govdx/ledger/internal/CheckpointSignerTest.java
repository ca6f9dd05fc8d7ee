package org.govdx.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.govdx.ledger.LedgerTestSupport;
import org.govdx.ledger.SignedCheckpoint;
import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.SignerKey;
import org.govdx.tlog.VerifierKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CheckpointSignerTest extends LedgerTestSupport {

    @Autowired
    TreeStore tree;
    @Autowired
    CheckpointStore checkpoints;
    @Autowired
    LedgerProofs proofs;
    @Autowired
    VerifierKey key;
    @Autowired
    org.govdx.ledger.Ledger ledger;

    @Test
    void signsOnlyWhenTheTreeGrewAndOverTheStoredRoot() {
        publish(facts("grew-" + unique(), 2));
        appender.drain();
        signer.signIfGrown();
        assertThat(signer.signIfGrown()).as("nothing new to sign").isEmpty();
        publish(facts("grew-" + unique(), 1));
        appender.drain();
        long size = tree.size();
        signer.signIfGrown();
        // this call or the scheduled signer signed the grown tree
        SignedCheckpoint signed = ledger.latestCheckpoint().orElseThrow();
        assertThat(signed.treeSize()).isGreaterThanOrEqualTo(size);
        Checkpoint opened = Checkpoint.open(signed.note(), key);
        assertThat(opened.origin()).isEqualTo("govdx.local/ledger");
        assertThat(opened.rootHash()).isEqualTo(proofs.root(opened.size()));
        assertThat(signed.treeSize()).isEqualTo(opened.size()).isLessThanOrEqualTo(tree.size());
    }

    @Test
    void anInstanceWithAnotherKeyRefusesToSign() {
        publish(facts("other-key-" + unique(), 1));
        appendAndSign();
        SignerKey stranger = SignerKey.generateSm2("govdx.local/ledger");
        CheckpointSigner other = new CheckpointSigner(tree, checkpoints, proofs, stranger,
                new LedgerSettings("govdx.local/ledger", Duration.ofSeconds(5), Duration.ofMillis(200), 1000, null, true, List.of()),
                List.of(), Clock.systemUTC());
        publish(facts("other-key-" + unique(), 1));
        appender.drain();
        assertThat(other.signIfGrown()).isEmpty();
        signer.signIfGrown();
        SignedCheckpoint latest = ledger.latestCheckpoint().orElseThrow();
        assertThat(latest.treeSize()).isEqualTo(tree.size());
        Checkpoint.open(latest.note(), key);
    }
}
