package org.govdx.ledger;

/**
 * One ledger entry: the leaf data exactly as hashed, and its leaf hash.
 *
 * @param index    the leaf index
 * @param data     the fact as canonical JSON (RFC 8785); its UTF-8 bytes are the leaf
 * @param leafHash {@code SM3(0x00 || data)}, lower-case hex
 */
public record LedgerEntry(long index, String data, String leafHash) {
}
