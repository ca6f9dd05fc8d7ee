package org.govdx.tlog.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.govdx.tlog.HashAlgorithm;
import org.govdx.tlog.MerkleHasher;

/** The {@code --name value} options of one command, checked against the names the command accepts. */
final class Options {

    private final String command;
    private final Map<String, String> values;

    private Options(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /**
     * Parses {@code args[from..]} as {@code --name value} pairs.
     *
     * @throws UsageException on an unknown, repeated or valueless option
     */
    static Options parse(String command, String[] args, int from, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = from; i < args.length; i += 2) {
            String arg = args[i];
            if (!arg.startsWith("--") || !allowed.contains(arg.substring(2))) {
                throw new UsageException("unknown option '" + arg + "' for " + command
                        + " (allowed: --" + String.join(", --", allowed) + ")");
            }
            if (i + 1 >= args.length) {
                throw new UsageException("option " + arg + " needs a value");
            }
            if (values.put(arg.substring(2), args[i + 1]) != null) {
                throw new UsageException("option " + arg + " is given twice");
            }
        }
        return new Options(command, values);
    }

    /** Returns a required option's value. */
    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(command + " needs --" + name);
        }
        return value;
    }

    /** Returns an option's value, or {@code fallback}. */
    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** Returns a required option as a path. */
    Path path(String name) {
        return Path.of(required(name));
    }

    /** Returns a required option as a non-negative number. */
    long size(String name) {
        String value = required(name);
        try {
            long size = Long.parseLong(value);
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a non-negative integer, not '" + value + "'");
    }

    /** Returns the hasher chosen by {@code --hash sm3|sha256} (default sm3). */
    MerkleHasher hasher() {
        try {
            return new MerkleHasher(HashAlgorithm.byName(optional("hash", "sm3")));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
