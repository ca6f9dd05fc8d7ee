package org.govdx.exchange.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code govdx.exchange.*}: limits of the exchange gateway. */
@ConfigurationProperties("govdx.exchange")
public class ExchangeSettings {

    /** Requests per minute of a grant that sets no limit. */
    private int defaultRateLimitPerMinute = 600;
    /** Records per JSON page unless the caller asks for fewer. */
    private int defaultPageSize = 100;
    /** Rows fetched per round trip when streaming from a source. */
    private int fetchSize = 1000;
    /** Records read from an API or file mount at most (these are filtered in the platform). */
    private int maxRecordsInMemory = 100_000;

    public int getDefaultRateLimitPerMinute() {
        return defaultRateLimitPerMinute;
    }

    public void setDefaultRateLimitPerMinute(int defaultRateLimitPerMinute) {
        this.defaultRateLimitPerMinute = defaultRateLimitPerMinute;
    }

    public int getDefaultPageSize() {
        return defaultPageSize;
    }

    public void setDefaultPageSize(int defaultPageSize) {
        this.defaultPageSize = defaultPageSize;
    }

    public int getFetchSize() {
        return fetchSize;
    }

    public void setFetchSize(int fetchSize) {
        this.fetchSize = fetchSize;
    }

    public int getMaxRecordsInMemory() {
        return maxRecordsInMemory;
    }

    public void setMaxRecordsInMemory(int maxRecordsInMemory) {
        this.maxRecordsInMemory = maxRecordsInMemory;
    }
}
