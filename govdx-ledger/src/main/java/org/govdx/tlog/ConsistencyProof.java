package org.govdx.tlog;

import java.util.List;
import java.util.Map;

/**
 * A consistency proof with its coordinates, and its JSON form
 * {@code {"from":N,"to":M,"hashes":["hex",...]}} (members in any order; unknown members are ignored so
 * that a server may add fields).
 *
 * @param from the old tree size
 * @param to the new tree size
 * @param hashes the proof hashes (copied; the arrays must not be modified)
 */
public record ConsistencyProof(long from, long to, List<byte[]> hashes) {

    /** Copies {@code hashes} defensively. */
    public ConsistencyProof {
        hashes = ProofJson.copy(hashes);
    }

    /**
     * Parses the JSON form.
     *
     * @throws FormatException if the JSON is malformed or a member is missing or of the wrong type
     */
    public static ConsistencyProof fromJson(String json) {
        Map<String, Object> members = ProofJson.object(json, "consistency proof");
        return new ConsistencyProof(
                ProofJson.size(members, "from"), ProofJson.size(members, "to"), ProofJson.hashes(members));
    }

    /** Returns the JSON form, on one line. */
    public String toJson() {
        return "{\"from\":" + from + ",\"to\":" + to + ",\"hashes\":" + ProofJson.hashes(hashes) + "}";
    }

    /**
     * Verifies this proof between the roots {@code oldRoot} and {@code newRoot}.
     *
     * @throws VerificationException if it does not verify
     */
    public void verify(ProofVerifier verifier, byte[] oldRoot, byte[] newRoot) {
        verifier.verifyConsistency(from, to, hashes, oldRoot, newRoot);
    }
}
