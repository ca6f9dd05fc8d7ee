package org.govdx.tlog.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govdx.tlog.FormatException;
import org.govdx.tlog.VerificationException;

/**
 * The command-line verifier: {@code java -jar govdx-ledger.jar <command> [--option value]...}.
 *
 * <p>It needs nothing but the files it is given: no network and no server. Exit status: {@value #OK}
 * verified or done, {@value #FAILED} a signature or proof does not verify, {@value #USAGE} wrong
 * command line or malformed or unreadable input.
 */
public final class Main {

    /** Exit status: verified, or the command succeeded. */
    public static final int OK = 0;
    /** Exit status: a signature or proof does not verify. */
    public static final int FAILED = 1;
    /** Exit status: wrong command line, or malformed or unreadable input. */
    public static final int USAGE = 2;

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("verify-checkpoint", new VerifyCheckpointCommand());
        COMMANDS.put("verify-inclusion", new VerifyInclusionCommand());
        COMMANDS.put("verify-consistency", new VerifyConsistencyCommand());
        COMMANDS.put("audit", new AuditCommand());
        COMMANDS.put("keygen", new KeygenCommand());
        COMMANDS.put("sign-checkpoint", new SignCheckpointCommand());
    }

    static final String USAGE_TEXT = """
            GovDX transparency log verifier

            Usage: java -jar govdx-ledger.jar <command> [options]

            Commands:
              verify-checkpoint   --key <vkey file> --checkpoint <file>
                  Check a signed checkpoint; print its origin, tree size and root hash.
              verify-inclusion    --key <vkey file> --checkpoint <file> --leaf <data file> --proof <json file>
                  Check that the leaf data is in the log at the checkpoint's tree size.
                  Proof JSON: {"index":N,"treeSize":M,"hashes":["<hex>",...]}
              verify-consistency  --key <vkey file> --old <checkpoint> --new <checkpoint> --proof <json file>
                  Check that the old checkpoint's tree is a prefix of the new one's.
                  Proof JSON: {"from":N,"to":M,"hashes":["<hex>",...]}
              audit               --leaves <ndjson file> --checkpoints <file> --key <vkey file>
                  Recompute the whole tree from exported leaves (one {"index","data","leafHash"}
                  object a line, from index 0), check every signed checkpoint (signed notes, each
                  followed by a blank line, in order of size) against it, and report the first
                  index where the leaves no longer match. The key file may hold several
                  keys, one a line (after a key rotation: GET /api/v1/ledger/public-keys).
              keygen              --name <key name> --out <prefix> [--algorithm sm2|ed25519]
                  Write a new key pair to <prefix>.vkey (public) and <prefix>.skey (secret).
              sign-checkpoint     --skey <skey file> --size <n> --root <hex> [--origin <origin>] [--out <file>]
                  Sign a checkpoint (origin defaults to the key name).
              help
                  Print this text.

            Option of the verify, audit and sign commands:
              --hash sm3|sha256   Merkle tree hash function (default sm3)

            Exit status: 0 verified/done, 1 verification failed, 2 usage or input error.
            """;

    private Main() {
    }

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the CLI without exiting, for tests and embedding.
     *
     * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        Command command = COMMANDS.get(name);
        if (command == null) {
            err.println("error: unknown command '" + name + "'");
            err.println("run 'java -jar govdx-ledger.jar help' for usage");
            return USAGE;
        }
        try {
            command.run(Options.parse(name, args, 1, command.options()), out);
            return OK;
        } catch (VerificationException e) {
            err.println("FAILED: " + e.getMessage());
            return FAILED;
        } catch (UsageException | FormatException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
    }
}
