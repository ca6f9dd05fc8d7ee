package org.govdx.ledger.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.govdx.ledger.SignedCheckpoint;
import org.springframework.stereotype.Component;

/**
 * Streams the stored log out for the offline audit ({@code govdx-ledger audit}): leaves as NDJSON
 * ({@code {"index","data","leafHash"}} a line, in index order, in keyset pages) and the signed
 * checkpoints in the format of the anchor file (each note followed by a blank line, by tree size).
 * Neither is ever held in memory as a whole.
 */
@Component
class LedgerExport {

    private static final int PAGE = 5000;
    private static final HexFormat HEX = HexFormat.of();

    private final TreeStore tree;
    private final CheckpointStore checkpoints;

    LedgerExport(TreeStore tree, CheckpointStore checkpoints) {
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    /** The committed tree size: every leaf below it is stored. */
    long treeSize() {
        return tree.size();
    }

    /** Writes leaves {@code from <= index < to} as stored (a missing row simply does not appear). */
    void leaves(long from, long to, OutputStream out) {
        try {
            long next = from;
            while (next < to) {
                List<TreeStore.StoredLeaf> page = tree.leaves(next, to, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                StringBuilder text = new StringBuilder(page.size() * 300);
                for (TreeStore.StoredLeaf leaf : page) {
                    text.append("{\"index\":").append(leaf.index())
                            .append(",\"data\":").append(CanonicalJson.write(leaf.data()))
                            .append(",\"leafHash\":\"").append(HEX.formatHex(leaf.leafHash())).append("\"}\n");
                }
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                next = page.get(page.size() - 1).index() + 1;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("leaf export interrupted", e);
        }
    }

    /** Writes every signed checkpoint, smallest tree first. */
    void checkpoints(Writer out) {
        try {
            long after = -1;
            while (true) {
                List<SignedCheckpoint> page = checkpoints.page(after, Long.MAX_VALUE, 500);
                if (page.isEmpty()) {
                    break;
                }
                for (SignedCheckpoint checkpoint : page) {
                    out.write(checkpoint.note());
                    out.write('\n');
                }
                after = page.get(page.size() - 1).treeSize();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint export interrupted", e);
        }
    }
}
