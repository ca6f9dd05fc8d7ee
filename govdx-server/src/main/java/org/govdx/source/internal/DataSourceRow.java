package org.govdx.source.internal;

import java.time.Instant;
import org.govdx.source.DataSourceType;

/**
 * A stored data source. {@code passwordEnc} and {@code headersEnc} are SM4-GCM sealed; this record
 * never leaves the module and its {@code toString} omits them.
 */
public record DataSourceRow(Long id, long orgId, String name, DataSourceType type, String jdbcUrl, String username,
                            String passwordEnc, String baseUrl, String headerNames, String headersEnc, int revision,
                            String lastTestCode, Instant lastTestedAt, String product, String createdBy,
                            Instant createdAt, Instant updatedAt) {

    /** Sealing context of the password: bound to the owning org so it cannot be moved to another's source. */
    public String passwordContext() {
        return "datasource:org=" + orgId + ":password";
    }

    public String headersContext() {
        return "datasource:org=" + orgId + ":headers";
    }

    @Override
    public String toString() {
        return "DataSourceRow[id=" + id + ", org=" + orgId + ", name=" + name + ", type=" + type + ", revision="
                + revision + "]";
    }
}
