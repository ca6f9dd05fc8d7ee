/**
 * Provenance (溯源): from a usage record's request id, or from a grant, the chain of ledger facts that
 * made the data flow — the catalog entry version, the mount, the application and its decision, the
 * grant and the usage events — each with its ledger index, leaf hash and an inclusion proof bundle
 * that the offline {@code govdx-ledger} CLI checks ({@code verify-inclusion}).
 *
 * <p>The chain is read from the ledger itself ({@link org.govdx.ledger.Ledger#search} by business keys:
 * the application number, the resource code, the request id), so what it shows is exactly what was
 * recorded and can be proven; the sharing module only answers which grant is concerned and who may see
 * it. The ledger module stays independent of the business modules: this module depends on it, not the
 * other way round.
 *
 * <p>Who may see a chain: users of the grant's consumer or provider org (and governments above them),
 * the platform operator and the auditors (AUDIT_ADMIN); to everyone else it does not exist (404).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provenance")
package org.govdx.provenance;
