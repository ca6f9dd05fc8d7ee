package org.govdx.sharing;

/** Why an app may not use an entry in a mode: the {@code code} of the gateway's 403. */
public enum GrantRefusal {
    /** The app never had a grant on the entry. */
    NO_GRANT,
    /** Its grant passed its last day. */
    GRANT_EXPIRED,
    /** Its grant was revoked. */
    GRANT_REVOKED,
    /** The consumer declared the purpose met. */
    GRANT_ENDED,
    /** Its grant starts later. */
    GRANT_NOT_YET_VALID,
    /** An active grant exists, but not for this access mode. */
    MODE_NOT_GRANTED
}
