package org.govdx.common;

import java.util.regex.Pattern;

/** 公民身份号码 per GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or X). */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");

    private IdCardNumber() {
    }

    /** True when {@code number} has 18 characters and a correct check character (upper-case X). */
    public static boolean isValid(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return false;
        }
        return checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Completes 17 digits with their check character. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
