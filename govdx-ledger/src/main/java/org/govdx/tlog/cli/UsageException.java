package org.govdx.tlog.cli;

/** Thrown for a wrong command line or an unusable input file; the CLI exits with status 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
