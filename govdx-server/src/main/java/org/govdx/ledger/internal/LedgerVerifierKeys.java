package org.govdx.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.govdx.tlog.FormatException;
import org.govdx.tlog.NoteVerifier;
import org.govdx.tlog.VerifierKey;

/**
 * The checkpoint keys the ledger trusts: the current signer's, and the previous ones
 * ({@code govdx.ledger.previous-verifier-keys}) after a key rotation, so that checkpoints signed before
 * the rotation still verify (audit, signer continuity). New checkpoints are signed with the current
 * key only.
 *
 * <p>Public for the ledger's tests; other modules use {@link org.govdx.ledger.Ledger#publicKeys()}.
 */
public final class LedgerVerifierKeys {

    private final VerifierKey current;
    private final List<VerifierKey> previous;
    private final NoteVerifier verifier;

    private LedgerVerifierKeys(VerifierKey current, List<VerifierKey> previous) {
        this.current = current;
        this.previous = List.copyOf(previous);
        List<VerifierKey> all = new ArrayList<>();
        all.add(current);
        all.addAll(previous);
        this.verifier = new NoteVerifier(all.toArray(VerifierKey[]::new));
    }

    /**
     * The current key and the configured previous key texts ({@code <name>+<key id>+<base64>}).
     *
     * @throws IllegalStateException if a previous key is malformed or not named after the origin
     */
    public static LedgerVerifierKeys of(VerifierKey current, List<String> previousTexts) {
        List<VerifierKey> previous = new ArrayList<>();
        for (String text : previousTexts == null ? List.<String>of() : previousTexts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            VerifierKey key;
            try {
                key = VerifierKey.parse(text.trim());
            } catch (FormatException e) {
                throw new IllegalStateException("govdx.ledger.previous-verifier-keys: " + e.getMessage(), e);
            }
            if (!key.name().equals(current.name())) {
                throw new IllegalStateException("govdx.ledger.previous-verifier-keys: key " + key.encode()
                        + " is named " + key.name() + ", but the ledger's checkpoints are signed as " + current.name());
            }
            if (!key.equals(current) && !previous.contains(key)) {
                previous.add(key);
            }
        }
        return new LedgerVerifierKeys(current, previous);
    }

    /** The current signer's verifier key. */
    public VerifierKey current() {
        return current;
    }

    /** The previous keys still trusted for old checkpoints, in configuration order. */
    public List<VerifierKey> previous() {
        return previous;
    }

    /** A verifier accepting a checkpoint signed by the current or any previous key. */
    public NoteVerifier verifier() {
        return verifier;
    }

    /** Every trusted key, current first. */
    public List<VerifierKey> all() {
        List<VerifierKey> all = new ArrayList<>();
        all.add(current);
        all.addAll(previous);
        return all;
    }
}
