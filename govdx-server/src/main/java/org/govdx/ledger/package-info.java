/**
 * The tamper-evident ledger: every {@link org.govdx.common.LedgerFact} the platform publishes becomes a
 * leaf of an RFC 9162 Merkle tree over SM3 (built with the {@code govdx-ledger} library,
 * {@code org.govdx.tlog}), whose checkpoints are signed with the platform's SM2 key, so that anyone can
 * check with the offline CLI that a record is in the log and that the log only ever grew.
 *
 * <h2>How a fact gets in</h2>
 * <ol>
 *   <li><b>Outbox.</b> A synchronous {@code @EventListener} writes the fact into {@code ledger_outbox}
 *       inside the publisher's transaction (the facts of one transaction in one multi-row insert just
 *       before it commits): the record commits or rolls back with the change. The leaf
 *       data is the canonical JSON (RFC 8785) object {@code {"actor","keys","org","time","type"}}.
 *       Publishing modules only depend on {@code common}: they publish events implementing
 *       {@code LedgerFact}; key values must be strings, numbers (integers up to 2^53), booleans, null,
 *       lists or maps (enums, UUIDs and {@code java.time} values are written as text).</li>
 *   <li><b>Appender</b> (every {@code govdx.ledger.append-interval}, 200 ms, draining): one transaction
 *       per batch of up to {@code govdx.ledger.batch-size} (1000) rows locks the single
 *       {@code ledger_state} row ({@code SELECT ... FOR UPDATE}), reads the committed tree size there,
 *       stores the leaves, the subtree hashes they complete and the new size, and deletes the outbox
 *       rows by id. A crash rolls the whole batch back; the size is never kept in memory, so there are
 *       no gaps or duplicates, and instances sharing the database take turns on the lock.</li>
 *   <li><b>Checkpoints</b> (every {@code govdx.ledger.checkpoint-interval}, 5 s, when the tree grew):
 *       C2SP {@code tlog-checkpoint} notes with origin {@code govdx.ledger.origin}, signed with
 *       {@code govdx.ledger.signer-key} or the key generated into
 *       {@code <data-dir>/ledger/checkpoint.skey} (600) / {@code checkpoint.vkey}, stored in
 *       {@code ledger_checkpoint} and handed to every {@link org.govdx.ledger.CheckpointAnchor}; the
 *       default one appends to {@code <data-dir>/ledger/checkpoints.log}. After a key rotation,
 *       {@code govdx.ledger.previous-verifier-keys} lists the old keys: checkpoints they signed still
 *       verify (audit, and the signer's check that it continues a ledger it trusts).</li>
 * </ol>
 *
 * <h2>Storage for fast proofs</h2>
 * {@code ledger_leaf} holds the leaves (index, data, leaf hash and search columns);
 * {@code ledger_node} holds the hash of <em>every</em> complete aligned subtree of {@code 2^k} leaves,
 * {@code k >= 1}, keyed {@code (last leaf) * 64 + k}. That costs about one 40-byte row per leaf and makes
 * any {@code MTH(D[start:end])} a combination of at most {@code log2(n) + 1} stored hashes. A proof is
 * planned first (which ranges the library's {@code ProofGenerator} asks for) and its at most
 * {@code 2 log2(n)} hashes are read in one query. The key order is also the order in which the appender
 * completes subtrees, so the audit streams leaves and nodes side by side.
 *
 * <p>Search: {@code ledger_leaf} indexes type, org, actor and time; {@code ledger_key} indexes the string
 * values of each fact's keys as 64-bit hashes (a search re-checks the value in the data). The key index is
 * derived data kept off the append path: a search indexer (own lock row {@code ledger_search_state}, own
 * thread, same crash-safe batches) fills it behind the appender, so a fact is found by key a moment
 * after it is found by type, org, actor or time.
 *
 * <h2>Audit</h2>
 * {@link org.govdx.ledger.Ledger#audit()} streams all leaves in keyset pages, recomputes each leaf hash
 * from its data, rebuilds the tree, compares every stored subtree hash and, at each checkpoint's size,
 * the signed root (after checking the signature). It stops at the first problem and names its index.
 * The same check runs offline: {@code GET /api/v1/ledger/export} (leaves as NDJSON) and
 * {@code GET /api/v1/ledger/checkpoints} feed {@code govdx-ledger audit}, which needs no stored subtree
 * hashes (it rebuilds the tree with a frontier).
 */
package org.govdx.ledger;
