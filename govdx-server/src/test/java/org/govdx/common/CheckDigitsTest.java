package org.govdx.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CheckDigitsTest {

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void knownCreditCodes() {
        // published codes of real organisations
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("911100001000000000")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100m000100Y43")).isFalse();
        assertThat(CreditCode.isValid("91350100I000100Y43")).as("I is not in the alphabet").isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void knownIdCardNumbers() {
        // the GB 11643 worked example and a number whose check character is X
        assertThat(IdCardNumber.isValid("11010519491231002X")).isTrue();
        assertThat(IdCardNumber.isValid("440524188001010014")).isTrue();
        assertThat(IdCardNumber.isValid("110105194912310021")).isFalse();
        assertThat(IdCardNumber.isValid("11010519491231002x")).isFalse();
        assertThat(IdCardNumber.isValid("1101051949123100")).isFalse();
    }

    @Property
    void completedCreditCodesAreValidAndAnySingleChangeIsCaught(@ForAll("creditBodies") String body,
                                                                @ForAll("positions18") int position,
                                                                @ForAll("creditChars") char replacement) {
        String code = CreditCode.complete(body);
        assertThat(CreditCode.isValid(code)).isTrue();
        if (code.charAt(position) != replacement) {
            String changed = code.substring(0, position) + replacement + code.substring(position + 1);
            assertThat(CreditCode.isValid(changed)).isFalse();
        }
    }

    @Property
    void completedIdNumbersAreValidAndAnySingleDigitChangeIsCaught(@ForAll("idBodies") String body,
                                                                   @ForAll("positions17") int position,
                                                                   @ForAll("digits") char replacement) {
        String number = IdCardNumber.complete(body);
        assertThat(IdCardNumber.isValid(number)).isTrue();
        if (number.charAt(position) != replacement) {
            String changed = number.substring(0, position) + replacement + number.substring(position + 1);
            assertThat(IdCardNumber.isValid(changed)).isFalse();
        }
    }

    @Provide
    Arbitrary<String> creditBodies() {
        return Arbitraries.strings().withChars(CREDIT_ALPHABET.toCharArray()).ofLength(17);
    }

    @Provide
    Arbitrary<Character> creditChars() {
        return Arbitraries.of(CREDIT_ALPHABET.chars().mapToObj(c -> (char) c).toList());
    }

    @Provide
    Arbitrary<String> idBodies() {
        return Arbitraries.strings().numeric().ofLength(17);
    }

    @Provide
    Arbitrary<Character> digits() {
        return Arbitraries.chars().range('0', '9');
    }

    @Provide
    Arbitrary<Integer> positions18() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Integer> positions17() {
        return Arbitraries.integers().between(0, 16);
    }
}
