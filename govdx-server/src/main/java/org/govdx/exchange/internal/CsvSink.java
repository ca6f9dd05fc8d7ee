package org.govdx.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV (UTF-8, CRLF, a header of item codes): a field is quoted when it holds a comma,
 * quote or line break, and a text starting with {@code = + - @} is prefixed with {@code '} so that
 * a spreadsheet never runs it as a formula.
 */
final class CsvSink implements RecordSink {

    private final CountingStream counter;
    private final BufferedWriter out;

    CsvSink(OutputStream target) {
        this.counter = new CountingStream(target);
        this.out = new BufferedWriter(new OutputStreamWriter(counter, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void header(List<String> itemCodes) throws IOException {
        for (int i = 0; i < itemCodes.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            field(itemCodes.get(i));
        }
        out.write("\r\n");
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal d) {
                out.write(d.toPlainString());
            } else if (v instanceof Number || v instanceof Boolean) {
                out.write(v.toString());
            } else {
                field(v.toString());
            }
        }
        out.write("\r\n");
    }

    private void field(String s) throws IOException {
        boolean formula = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
        boolean quote = formula;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        if (formula) {
            out.write('\'');
        }
        out.write(s.replace("\"", "\"\""));
        out.write('"');
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
