package org.govdx.quality.internal;

/** A scan cannot finish: a stable code ({@code SOURCE_TIMEOUT}, {@code SOURCE_UNAVAILABLE}, …) and its argument. */
class ScanFailure extends RuntimeException {

    private final String code;
    private final String arg;

    ScanFailure(String code, String arg) {
        super(code + (arg == null ? "" : " " + arg), null, false, false);
        this.code = code;
        this.arg = arg;
    }

    String code() {
        return code;
    }

    String arg() {
        return arg;
    }
}
