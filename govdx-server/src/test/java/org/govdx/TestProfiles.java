package org.govdx;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Runs the integration suite on H2 by default, or on PostgreSQL when Maven's {@code -Ppostgres}
 * sets {@code govdx.test.profile=postgres}.
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String db = System.getProperty("govdx.test.profile", "h2");
        return "postgres".equals(db) ? new String[] {"test", "postgres"} : new String[] {"test"};
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("govdx.test.profile"));
    }
}
