package org.govdx.catalog.internal;

import java.util.regex.Pattern;

/**
 * Resource codes per the catalog guide: the classification code (类-项-目-细目), {@code /}, and a
 * 6-digit sequence number within that classification, e.g. {@code 101001/000001}. A code is handed
 * out once and never reused.
 */
final class ResourceCodes {

    static final Pattern SHAPE = Pattern.compile("(\\d{3,16})/(\\d{6})");

    private ResourceCodes() {
    }

    static String of(String classificationCode, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return classificationCode + "/" + String.format("%06d", sequence);
    }

    /** The classification part of a code. */
    static String classificationOf(String code) {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash);
    }

    static boolean valid(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
