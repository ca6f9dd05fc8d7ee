package org.govdx.identity.internal;

import org.govdx.common.Validation;
import org.springframework.stereotype.Component;

/** Password complexity: a minimum length and characters from at least three of the four classes. */
@Component
public class PasswordPolicy {

    private final IdentitySettings settings;

    PasswordPolicy(IdentitySettings settings) {
        this.settings = settings;
    }

    /** Adds the problems of {@code password} to {@code v} under {@code field}. */
    public void check(Validation v, String field, String password, String username) {
        if (!v.required(password, field)) {
            return;
        }
        int min = settings.getPassword().getMinLength();
        v.check(password.length() < min, field, "PASSWORD_TOO_SHORT", min);
        v.check(password.length() > 128, field, "TOO_LONG", 128);
        v.check(classes(password) < 3, field, "PASSWORD_TOO_SIMPLE");
        v.check(username != null && password.equalsIgnoreCase(username), field, "PASSWORD_EQUALS_USERNAME");
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
