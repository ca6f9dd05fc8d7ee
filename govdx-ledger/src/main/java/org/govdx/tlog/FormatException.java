package org.govdx.tlog;

/**
 * Thrown when a note, checkpoint, key or proof text is malformed; the message says what is wrong.
 */
public class FormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message describing the defect. */
    public FormatException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the underlying cause. */
    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
