package org.govdx.source;

/**
 * A source could not be reached or read, or was too slow. {@link #reason()} is a stable code
 * ({@code TIMEOUT}, {@code HOST_UNREACHABLE}, {@code BAD_CREDENTIALS}, {@code TABLE_NOT_FOUND}, …);
 * the driver's own text stays in the cause and must never reach a caller.
 */
public class SourceUnavailableException extends RuntimeException {

    private final String reason;

    public SourceUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** The source answered too slowly (statement or connection timeout). */
    public boolean isTimeout() {
        return "TIMEOUT".equals(reason);
    }
}
