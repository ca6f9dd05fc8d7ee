/**
 * The GovDX transparency log: RFC 9162 Merkle tree hashing over SM3 or SHA-256
 * ({@link org.govdx.tlog.MerkleHasher}), inclusion and consistency proofs
 * ({@link org.govdx.tlog.ProofGenerator}, {@link org.govdx.tlog.ProofVerifier}), and checkpoints
 * ({@link org.govdx.tlog.Checkpoint}) signed as C2SP signed notes ({@link org.govdx.tlog.Note}) with
 * SM2 or Ed25519 keys ({@link org.govdx.tlog.SignerKey}, {@link org.govdx.tlog.VerifierKey}).
 *
 * <p>Pure Java over BouncyCastle's lightweight API: no JCA provider is registered.
 */
package org.govdx.tlog;
