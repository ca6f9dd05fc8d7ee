package org.govdx.common.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommonConfig {

    /** One clock for every rule that reads the time, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
