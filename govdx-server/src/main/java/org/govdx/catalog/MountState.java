package org.govdx.catalog;

/**
 * Whether a catalog entry is bound (挂载) to the real table, API or file behind it.
 *
 * @param status {@link #UNMOUNTED}, {@link #MOUNTED} or {@link #BROKEN}
 * @param reason why a mount is broken (from its last check); null otherwise
 */
public record MountState(String status, String reason) {

    public static final String UNMOUNTED_STATUS = "UNMOUNTED";
    public static final String MOUNTED_STATUS = "MOUNTED";
    public static final String BROKEN_STATUS = "BROKEN";

    /** No mount: what the catalog shows when no {@link MountStatusProvider} exists. */
    public static final MountState UNMOUNTED = new MountState(UNMOUNTED_STATUS, null);

    public boolean mounted() {
        return MOUNTED_STATUS.equals(status);
    }
}
