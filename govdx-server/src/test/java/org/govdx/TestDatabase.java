package org.govdx;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/** On PostgreSQL the test schema outlives a run: start each run from an empty schema. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    @Profile("postgres")
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
