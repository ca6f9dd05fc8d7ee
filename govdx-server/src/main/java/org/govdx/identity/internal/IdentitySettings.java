package org.govdx.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code govdx.security.*}: password, lockout and token settings (GB/T 22239 level 3 defaults). */
@ConfigurationProperties("govdx.security")
public class IdentitySettings {

    /** Lifetime of an API bearer token. */
    private Duration tokenTtl = Duration.ofHours(2);
    private final Lockout lockout = new Lockout();
    private final Password password = new Password();

    public Duration getTokenTtl() {
        return tokenTtl;
    }

    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    public Lockout getLockout() {
        return lockout;
    }

    public Password getPassword() {
        return password;
    }

    public static class Lockout {
        /** Consecutive failures that lock a login name. */
        private int maxFailures = 5;
        /** How long the lock lasts. */
        private Duration duration = Duration.ofMinutes(15);

        public int getMaxFailures() {
            return maxFailures;
        }

        public void setMaxFailures(int maxFailures) {
            this.maxFailures = maxFailures;
        }

        public Duration getDuration() {
            return duration;
        }

        public void setDuration(Duration duration) {
            this.duration = duration;
        }
    }

    public static class Password {
        /** Minimum length; at least three of upper case, lower case, digits and symbols are also required. */
        private int minLength = 8;

        public int getMinLength() {
            return minLength;
        }

        public void setMinLength(int minLength) {
            this.minLength = minLength;
        }
    }
}
