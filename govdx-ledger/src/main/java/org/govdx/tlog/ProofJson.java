package org.govdx.tlog;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading and writing of the fields shared by the proof JSON documents. */
final class ProofJson {

    private ProofJson() {
    }

    /** Parses {@code json} and returns its top-level object. */
    static Map<String, Object> object(String json, String what) {
        Object value = Json.parse(json);
        if (!(value instanceof Map)) {
            throw new FormatException(what + " must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) value;
        return members;
    }

    /** Reads a required non-negative integer member that fits in a {@code long}. */
    static long size(Map<String, Object> members, String name) {
        Object value = members.get(name);
        if (value == null) {
            throw new FormatException("missing \"" + name + "\"");
        }
        if (!(value instanceof BigInteger number)) {
            throw new FormatException("\"" + name + "\" must be an integer");
        }
        if (number.signum() < 0 || number.bitLength() > 63) {
            throw new FormatException("\"" + name + "\" is out of range: " + number);
        }
        return number.longValue();
    }

    /** Reads the required {@code "hashes"} member: an array of hex strings. */
    static List<byte[]> hashes(Map<String, Object> members) {
        Object value = members.get("hashes");
        if (value == null) {
            throw new FormatException("missing \"hashes\"");
        }
        if (!(value instanceof List<?> items)) {
            throw new FormatException("\"hashes\" must be an array");
        }
        List<byte[]> hashes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String hex)) {
                throw new FormatException("\"hashes\"[" + i + "] must be a hex string");
            }
            hashes.add(Codec.unhex(hex, "\"hashes\"[" + i + "]"));
        }
        return hashes;
    }

    /** Writes {@code hashes} as a JSON array of lowercase hex strings. */
    static String hashes(List<byte[]> hashes) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < hashes.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"").append(Codec.hex(hashes.get(i))).append('"');
        }
        return out.append(']').toString();
    }

    /** Copies a list of hashes so that callers cannot change a proof afterwards. */
    static List<byte[]> copy(List<byte[]> hashes) {
        List<byte[]> copy = new ArrayList<>(hashes.size());
        for (byte[] hash : hashes) {
            copy.add(hash.clone());
        }
        return List.copyOf(copy);
    }
}
