package org.govdx.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.SignerKey;
import org.junit.jupiter.api.Test;

/** The keys trusted after a rotation: current first, previous ones still verifying old checkpoints. */
class LedgerVerifierKeysTest {

    private static final String ORIGIN = "govdx.test/ledger";

    @Test
    void previousKeysVerifyOldCheckpoints() {
        SignerKey old = SignerKey.generateSm2(ORIGIN);
        SignerKey current = SignerKey.generateSm2(ORIGIN);
        LedgerVerifierKeys keys = LedgerVerifierKeys.of(current.verifierKey(),
                Arrays.asList(old.verifierKey().encode(), " ", null, old.verifierKey().encode(),
                        current.verifierKey().encode()));
        assertThat(keys.current()).isEqualTo(current.verifierKey());
        assertThat(keys.previous()).containsExactly(old.verifierKey());
        assertThat(keys.all()).containsExactly(current.verifierKey(), old.verifierKey());
        byte[] root = new byte[32];
        String before = new Checkpoint(ORIGIN, 3, root).sign(old).encode();
        String after = new Checkpoint(ORIGIN, 5, root).sign(current).encode();
        assertThat(Checkpoint.open(before, keys.verifier()).size()).isEqualTo(3);
        assertThat(Checkpoint.open(after, keys.verifier()).size()).isEqualTo(5);
        assertThat(LedgerVerifierKeys.of(current.verifierKey(), null).previous()).isEmpty();
    }

    @Test
    void malformedOrForeignKeysStopTheStart() {
        SignerKey current = SignerKey.generateSm2(ORIGIN);
        assertThatThrownBy(() -> LedgerVerifierKeys.of(current.verifierKey(), List.of("not-a-key")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("previous-verifier-keys");
        SignerKey foreign = SignerKey.generateSm2("other.example/log");
        assertThatThrownBy(() -> LedgerVerifierKeys.of(current.verifierKey(), List.of(foreign.verifierKey().encode())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("other.example/log");
    }
}
