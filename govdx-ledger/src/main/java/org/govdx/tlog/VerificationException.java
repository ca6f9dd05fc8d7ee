package org.govdx.tlog;

/**
 * Thrown when a proof, a signature or a signed note does not verify; the message says which check
 * failed.
 */
public class VerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message naming the failed check. */
    public VerificationException(String message) {
        super(message);
    }
}
