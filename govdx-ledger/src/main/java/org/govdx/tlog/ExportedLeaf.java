package org.govdx.tlog;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a leaf export (NDJSON, one JSON object a line):
 * {@code {"index":N,"data":"<the leaf data as text>","leafHash":"<hex>"}}. The leaf is the UTF-8
 * bytes of {@code data}; {@code leafHash} is the hash the log stored for it, which an audit compares
 * with the one recomputed from the data. Unknown members are ignored.
 */
public final class ExportedLeaf {

    private final long index;
    private final String data;
    private final byte[] leafHash;

    /** Creates an exported leaf. */
    public ExportedLeaf(long index, String data, byte[] leafHash) {
        if (index < 0) {
            throw new FormatException("leaf index is negative: " + index);
        }
        this.index = index;
        this.data = Objects.requireNonNull(data, "data");
        this.leafHash = leafHash.clone();
    }

    /**
     * Parses one export line.
     *
     * @throws FormatException if the line is not such an object
     */
    public static ExportedLeaf fromJson(String line) {
        Map<String, Object> members = ProofJson.object(line, "exported leaf");
        long index = ProofJson.size(members, "index");
        if (!(members.get("data") instanceof String data)) {
            throw new FormatException(members.containsKey("data") ? "\"data\" must be a string" : "missing \"data\"");
        }
        if (!(members.get("leafHash") instanceof String hex)) {
            throw new FormatException(members.containsKey("leafHash") ? "\"leafHash\" must be a hex string"
                    : "missing \"leafHash\"");
        }
        return new ExportedLeaf(index, data, Codec.unhex(hex, "\"leafHash\""));
    }

    /** Returns the leaf index. */
    public long index() {
        return index;
    }

    /** Returns the leaf data as text. */
    public String data() {
        return data;
    }

    /**
     * Returns the leaf bytes: the UTF-8 encoding of {@link #data()}.
     *
     * @throws FormatException if the data has no UTF-8 form (an unpaired surrogate)
     */
    public byte[] dataBytes() {
        return Codec.utf8Bytes(data, "leaf " + index + " data");
    }

    /** Returns a copy of the stored leaf hash. */
    public byte[] leafHash() {
        return leafHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportedLeaf other && index == other.index && data.equals(other.data)
                && Arrays.equals(leafHash, other.leafHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, data, Arrays.hashCode(leafHash));
    }
}
