package org.govdx.common;

import java.util.regex.Pattern;

/**
 * 统一社会信用代码 (unified social credit code) per GB 32100-2015: 18 characters from a
 * 31-character alphabet, the last one a mod-31 check character over the first 17.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    private CreditCode() {
    }

    /** True when {@code code} has the right shape and check character. */
    public static boolean isValid(String code) {
        if (code == null || !SHAPE.matcher(code).matches()) {
            return false;
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first 17 characters of a credit code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character not allowed: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** Completes 17 characters with their check character. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
