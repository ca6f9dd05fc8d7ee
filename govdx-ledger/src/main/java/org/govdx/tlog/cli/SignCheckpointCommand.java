package org.govdx.tlog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Set;

import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.SignerKey;

/**
 * {@code sign-checkpoint --skey <skey file> --size <n> --root <hex> [--origin <origin>] [--out <file>]
 * [--hash sm3|sha256]}: signs a checkpoint, by default with the key name as origin, and writes it to
 * the file or to standard output.
 */
final class SignCheckpointCommand implements Command {

    @Override
    public Set<String> options() {
        return Set.of("skey", "size", "root", "origin", "out", "hash");
    }

    @Override
    public void run(Options options, PrintStream out) {
        MerkleHasher hasher = options.hasher();
        SignerKey key = InputFiles.signerKey(options.path("skey"));
        long size = options.size("size");
        byte[] root;
        try {
            root = HexFormat.of().parseHex(options.required("root"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--root must be the root hash in hex");
        }
        if (root.length != hasher.hashSize()) {
            throw new UsageException("--root has " + root.length + " bytes, but " + hasher.algorithm().name()
                    + " hashes have " + hasher.hashSize());
        }
        Checkpoint checkpoint = new Checkpoint(options.optional("origin", key.name()), size, root);
        String signed = checkpoint.sign(key).encode();
        String file = options.optional("out", null);
        if (file == null) {
            out.print(signed);
            return;
        }
        try {
            Files.writeString(Path.of(file), signed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
        out.println("wrote signed checkpoint of " + checkpoint.origin() + " at size " + size + " to " + file);
    }
}
