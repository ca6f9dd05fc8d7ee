package org.govdx.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.govdx.ApiClient.Response;
import org.govdx.ledger.LedgerAuditReport;
import org.govdx.ledger.LedgerTestSupport;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.SignerKey;
import org.govdx.tlog.VerifierKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signer key rotation: an instance configured with a new signer key and the old key as a previous
 * verifier key keeps signing after the old key's checkpoints, and the audit verifies both. The
 * checkpoints signed with the test's new key are removed afterwards, so the shared ledger stays signed
 * by the context's key.
 */
class KeyRotationTest extends LedgerTestSupport {

    private static final String ORIGIN = "govdx.local/ledger";

    @Autowired
    TreeStore tree;
    @Autowired
    CheckpointStore checkpoints;
    @Autowired
    LedgerProofs proofs;
    @Autowired
    MerkleHasher hasher;
    @Autowired
    VerifierKey key;

    private LedgerSettings settings(String... previous) {
        return new LedgerSettings(ORIGIN, Duration.ofSeconds(5), Duration.ofMillis(200), 1000, null, false,
                List.of(previous));
    }

    @Test
    void aRotatedSignerContinuesTheLedgerAndTheAuditTrustsBothKeys() {
        publish(facts("rotation-" + unique(), 2));
        appendAndSign();
        long before = checkpoints.latestSize();
        SignerKey rotated = SignerKey.generateSm2(ORIGIN);
        try {
            CheckpointSigner stranger = new CheckpointSigner(tree, checkpoints, proofs, rotated, settings(),
                    List.of(), Clock.systemUTC());
            CheckpointSigner successor = new CheckpointSigner(tree, checkpoints, proofs, rotated,
                    settings(key.encode()), List.of(), Clock.systemUTC());
            publish(facts("rotation-" + unique(), 2));
            appender.drain();
            assertThat(stranger.signIfGrown()).as("without the old key configured").isEmpty();
            // the scheduled signer may sign the grown tree first: grow it again until the successor signs
            boolean signed = false;
            for (int attempt = 0; attempt < 5 && !signed; attempt++) {
                publish(facts("rotation-" + unique(), 1));
                appender.drain();
                signed = successor.signIfGrown().isPresent();
            }
            assertThat(signed).as("with the old key as a previous key").isTrue();

            LedgerVerifierKeys both = LedgerVerifierKeys.of(rotated.verifierKey(), List.of(key.encode()));
            LedgerAuditReport ok = new TreeAudit(tree, checkpoints, hasher, both, settings(key.encode())).run();
            assertThat(ok.ok()).as(String.valueOf(ok)).isTrue();
            LedgerAuditReport onlyNew = new TreeAudit(tree, checkpoints, hasher,
                    LedgerVerifierKeys.of(rotated.verifierKey(), List.of()), settings()).run();
            assertThat(onlyNew.ok()).isFalse();
            assertThat(onlyNew.problem()).isEqualTo("CHECKPOINT_INVALID");
        } finally {
            jdbc.sql("DELETE FROM ledger_checkpoint WHERE tree_size > ?").param(before).update();
        }
        appendAndSign();
        assertThat(api.post("/api/v1/ledger/audit", tokenOf("auditor"), java.util.Map.of()).body().get("ok").asBoolean())
                .isTrue();
    }

    @Test
    void publicKeysListsTheCurrentKeyFirst() {
        Response keys = api.getText("/api/v1/ledger/public-keys", tokenOf("gaj_user"));
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.text().lines().toList()).first().isEqualTo(key.encode());
        assertThat(api.getText("/api/v1/ledger/public-key", tokenOf("gaj_user")).text().strip())
                .isEqualTo(key.encode());
    }
}
