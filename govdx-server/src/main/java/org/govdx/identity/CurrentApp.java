package org.govdx.identity;

import java.io.Serializable;
import java.util.List;

/**
 * A consumer app authenticated by an app token: the principal of exchange gateway calls.
 *
 * @param allowedIps client addresses or CIDR ranges the app may call from (empty: any)
 */
public record CurrentApp(long id, String appKey, String name, long orgId, String orgCode, List<String> allowedIps)
        implements Serializable {

    /** Authority every app token carries; no user role is ever granted to an app. */
    public static final String AUTHORITY = "APP";
}
