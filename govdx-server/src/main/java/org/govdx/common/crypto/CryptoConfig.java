package org.govdx.common.crypto;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's one {@link SecretCipher}, keyed from configuration or the data directory's key file. */
@Configuration(proxyBeanMethods = false)
class CryptoConfig {

    @Bean
    SecretCipher secretCipher(@Value("${govdx.security.secret-key:}") String configured,
                              @Value("${govdx.data-dir:./data}") String dataDir) {
        return new SecretCipher(MasterKeys.load(configured, Path.of(dataDir)));
    }
}
