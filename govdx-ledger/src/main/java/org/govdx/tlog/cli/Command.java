package org.govdx.tlog.cli;

import java.io.PrintStream;
import java.util.Set;

/** One sub-command of the CLI. */
interface Command {

    /** Returns the option names (without {@code --}) the command accepts. */
    Set<String> options();

    /**
     * Runs the command and prints its result to {@code out}. Failures are thrown as
     * {@link UsageException}, {@link org.govdx.tlog.FormatException} or
     * {@link org.govdx.tlog.VerificationException}, which {@link Main} turns into exit statuses.
     */
    void run(Options options, PrintStream out);
}
