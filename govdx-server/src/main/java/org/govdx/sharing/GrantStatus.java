package org.govdx.sharing;

/** A grant is ACTIVE until it is REVOKED, EXPIRED on its date, or ENDED because the purpose was met. */
public enum GrantStatus {
    ACTIVE,
    REVOKED,
    EXPIRED,
    ENDED
}
