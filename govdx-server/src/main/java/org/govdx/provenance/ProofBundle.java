package org.govdx.provenance;

/**
 * A downloadable proof bundle.
 *
 * @param fileName the suggested file name ({@code provenance-proof-<index>.zip})
 * @param zip      the ZIP: {@code leaf-<index>.json}, {@code inclusion-<index>.json},
 *                 {@code checkpoint-<size>.txt}, {@code checkpoint.vkey}, {@code README.txt}
 */
public record ProofBundle(String fileName, byte[] zip) {
}
