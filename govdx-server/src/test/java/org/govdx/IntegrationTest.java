package org.govdx;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The full platform on a random port, with the demo city seeded. Every integration test extends
 * this class so that one application context serves them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestDatabase.class)
public abstract class IntegrationTest {

    /** Password of every demo account in tests. */
    public static final String DEMO_PASSWORD = "Demo#2026pass";
    /** The configured bootstrap admin password in tests. */
    public static final String ADMIN_PASSWORD = "Admin#2026pass";

    @LocalServerPort
    protected int port;

    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient("http://localhost:" + port);
    }

    /** A bearer token of a demo user. */
    protected String tokenOf(String username) {
        return api.token(username, DEMO_PASSWORD);
    }

    /** A short random suffix, so tests sharing the database never collide. */
    protected static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }
}
