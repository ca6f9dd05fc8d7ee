package org.govdx.source;

import java.util.Map;

/**
 * Registers or changes a data source. On a change, a null field keeps its value; an empty
 * {@code password} or empty {@code headers} removes the stored secret.
 *
 * @param name     unique within the org, e.g. 人口库
 * @param type     JDBC, HTTP or FILE; fixed once registered
 * @param jdbcUrl  for JDBC: an allowlisted driver's URL without credentials
 * @param username for JDBC
 * @param password for JDBC; stored SM4-GCM encrypted, never returned
 * @param baseUrl  for HTTP: http(s) base address
 * @param headers  for HTTP: request headers such as {@code Authorization}; stored encrypted, only names returned
 */
public record DataSourceRequest(String name, DataSourceType type, String jdbcUrl, String username, String password,
                                String baseUrl, Map<String, String> headers) {

    @Override
    public String toString() {
        // secrets never reach a log line
        return "DataSourceRequest[name=" + name + ", type=" + type + ", jdbcUrl=" + jdbcUrl + ", username=" + username
                + ", password=" + (password == null ? "null" : "***") + ", baseUrl=" + baseUrl + ", headers="
                + (headers == null ? "null" : headers.keySet()) + "]";
    }
}
