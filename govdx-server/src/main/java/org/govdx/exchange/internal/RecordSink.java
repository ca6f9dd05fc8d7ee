package org.govdx.exchange.internal;

import java.io.IOException;
import java.util.List;

/** Where a streamed export writes its rows (CSV or NDJSON). */
interface RecordSink {

    void header(List<String> itemCodes) throws IOException;

    /** One record; {@code values} is reused between calls. */
    void row(Object[] values) throws IOException;

    void finish() throws IOException;

    /** Bytes written so far. */
    long bytes();
}
