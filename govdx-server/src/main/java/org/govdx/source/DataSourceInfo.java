package org.govdx.source;

import java.time.Instant;
import java.util.List;

/**
 * A data source as the API and pages show it: never its password or header values, only whether
 * they are set.
 *
 * @param passwordSet   a password is stored
 * @param headerNames   names of the stored HTTP headers, values withheld
 * @param lastTestCode  reason code of the last connection test ({@code OK} or a failure reason)
 * @param product       database product and version seen by the last successful test
 */
public record DataSourceInfo(long id, long orgId, String orgCode, String name, DataSourceType type, String jdbcUrl,
                             String username, boolean passwordSet, String baseUrl, List<String> headerNames,
                             boolean headersSet, String lastTestCode, Instant lastTestedAt, String product,
                             String createdBy, Instant createdAt, Instant updatedAt) {
}
