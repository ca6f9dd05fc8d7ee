package org.govdx.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govdx.common.GovdxException;
import org.govdx.common.Validation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new IdentitySettings());

    private String problems(String password, String username) {
        Validation v = new Validation();
        policy.check(v, "password", password, username);
        try {
            v.throwIfInvalid();
            return "";
        } catch (GovdxException e) {
            return e.errors().stream().map(p -> p.code()).toList().toString();
        }
    }

    @Test
    void acceptsEightCharactersFromThreeClasses() {
        assertThat(problems("Abcdefg1", "alice")).isEmpty();
        assertThat(problems("abcdef1!", "alice")).isEmpty();
    }

    @Test
    void rejectsShortSimpleAndUsernamePasswords() {
        assertThat(problems("Ab1!", "alice")).contains("PASSWORD_TOO_SHORT");
        assertThat(problems("abcdefgh1", "alice")).contains("PASSWORD_TOO_SIMPLE");
        assertThat(problems("ALICE123a", "alice123a")).contains("PASSWORD_EQUALS_USERNAME");
        assertThat(problems("", "alice")).contains("REQUIRED");
    }

    @Test
    void throwsAllProblemsAtOnce() {
        Validation v = new Validation();
        policy.check(v, "password", "abc", "alice");
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(GovdxException.class,
                e -> assertThat(e.errors()).hasSize(2));
    }
}
