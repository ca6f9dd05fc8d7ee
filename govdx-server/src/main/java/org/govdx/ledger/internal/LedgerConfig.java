package org.govdx.ledger.internal;

import java.nio.file.Path;
import org.govdx.ledger.CheckpointAnchor;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.SignerKey;
import org.govdx.tlog.VerifierKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's hash (SM3), signing key and default anchor. */
@Configuration(proxyBeanMethods = false)
class LedgerConfig {

    @Bean
    MerkleHasher ledgerHasher() {
        return MerkleHasher.sm3();
    }

    @Bean
    SignerKey ledgerSignerKey(LedgerSettings settings, @Value("${govdx.data-dir:./data}") String dataDir) {
        return LedgerKeys.load(settings.signerKey(), settings.origin(), Path.of(dataDir));
    }

    @Bean
    VerifierKey ledgerVerifierKey(SignerKey ledgerSignerKey) {
        return ledgerSignerKey.verifierKey();
    }

    @Bean
    LedgerVerifierKeys ledgerVerifierKeys(VerifierKey ledgerVerifierKey, LedgerSettings settings) {
        return LedgerVerifierKeys.of(ledgerVerifierKey, settings.previousVerifierKeys());
    }

    @Bean
    CheckpointAnchor fileCheckpointAnchor(@Value("${govdx.data-dir:./data}") String dataDir) {
        return new FileCheckpointAnchor(Path.of(dataDir, "ledger", "checkpoints.log"));
    }
}
