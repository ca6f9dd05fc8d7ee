package org.govdx.exchange.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Newline-delimited JSON: one object of item code → value per line. */
final class NdjsonSink implements RecordSink {

    private final CountingStream counter;
    private final BufferedOutputStream out;
    private final JsonMapper json;
    private List<String> codes;

    NdjsonSink(OutputStream target, JsonMapper json) {
        this.counter = new CountingStream(target);
        this.out = new BufferedOutputStream(counter, 1 << 16);
        this.json = json;
    }

    @Override
    public void header(List<String> itemCodes) {
        this.codes = itemCodes;
    }

    @Override
    public void row(Object[] values) throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            record.put(codes.get(i), values[i]);
        }
        out.write(json.writeValueAsBytes(record));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public long bytes() {
        try {
            out.flush();
        } catch (IOException e) {
            // the client went away; what was counted is what was delivered
        }
        return counter.count();
    }
}
