package org.govdx.tlog;

import java.util.List;
import java.util.Map;

/**
 * An inclusion proof with its coordinates, and its JSON form
 * {@code {"index":N,"treeSize":M,"hashes":["hex",...]}} (members in any order; unknown members are
 * ignored so that a server may add fields).
 *
 * @param index the leaf's index
 * @param treeSize the size of the tree the proof is for
 * @param hashes the inclusion path from the leaf up (copied; the arrays must not be modified)
 */
public record InclusionProof(long index, long treeSize, List<byte[]> hashes) {

    /** Copies {@code hashes} defensively. */
    public InclusionProof {
        hashes = ProofJson.copy(hashes);
    }

    /**
     * Parses the JSON form.
     *
     * @throws FormatException if the JSON is malformed or a member is missing or of the wrong type
     */
    public static InclusionProof fromJson(String json) {
        Map<String, Object> members = ProofJson.object(json, "inclusion proof");
        return new InclusionProof(
                ProofJson.size(members, "index"), ProofJson.size(members, "treeSize"), ProofJson.hashes(members));
    }

    /** Returns the JSON form, on one line. */
    public String toJson() {
        return "{\"index\":" + index + ",\"treeSize\":" + treeSize + ",\"hashes\":" + ProofJson.hashes(hashes) + "}";
    }

    /**
     * Verifies this proof for the leaf hash {@code leafHash} against {@code root}.
     *
     * @throws VerificationException if it does not verify
     */
    public void verify(ProofVerifier verifier, byte[] leafHash, byte[] root) {
        verifier.verifyInclusion(index, treeSize, leafHash, hashes, root);
    }
}
