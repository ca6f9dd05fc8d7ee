package org.govdx.common.masking;

/**
 * Masking by character (code point), not by UTF-16 unit, so that a supplementary character such
 * as 𠀀 counts as one and is never cut in half.
 */
final class CodePoints {

    private CodePoints() {
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Keeps the first {@code keepStart} and last {@code keepEnd} characters, masks the rest. */
    static String keep(String s, int keepStart, int keepEnd, char mask) {
        int[] cps = s.codePoints().toArray();
        int len = cps.length;
        if (keepStart + keepEnd >= len) {
            // keeping that much would reveal the whole value: hide it all
            return String.valueOf(mask).repeat(len);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < len; i++) {
            if (i < keepStart || i >= len - keepEnd) {
                out.appendCodePoint(cps[i]);
            } else {
                out.append(mask);
            }
        }
        return out.toString();
    }

    /** Masks positions {@code from}..{@code to} (0-based, inclusive), clamped to the value. */
    static String maskRange(String s, int from, int to, char mask) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            if (i >= from && i <= to) {
                out.append(mask);
            } else {
                out.appendCodePoint(cps[i]);
            }
        }
        return out.toString();
    }

    /** The first {@code count} characters. */
    static String prefix(String s, int count) {
        return s.substring(0, s.offsetByCodePoints(0, Math.min(count, length(s))));
    }
}
