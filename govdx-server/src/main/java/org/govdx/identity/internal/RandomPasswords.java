package org.govdx.identity.internal;

import java.security.SecureRandom;

/** Random passwords that satisfy the password policy (all four character classes). */
final class RandomPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%+=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {
    }

    static String generate() {
        StringBuilder sb = new StringBuilder();
        String all = UPPER + LOWER + DIGITS;
        sb.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(SYMBOLS));
        for (int i = 0; i < 10; i++) {
            sb.append(pick(all));
        }
        return sb.toString();
    }

    private static char pick(String chars) {
        return chars.charAt(RANDOM.nextInt(chars.length()));
    }
}
