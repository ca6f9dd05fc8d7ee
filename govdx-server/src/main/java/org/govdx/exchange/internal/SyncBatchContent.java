package org.govdx.exchange.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.govdx.common.Sm3;

/**
 * The canonical content of a delivered batch, which its usage record summarises: one line per row
 * in key order, each line a JSON array of the values written to the target in column order (text as
 * JSON strings, numbers in plain notation, booleans, null, binary as lower-case hex), lines ending
 * with {@code \n}, UTF-8. Anyone holding the target rows can rebuild it and compare the SM3.
 */
final class SyncBatchContent {

    private final StringBuilder text = new StringBuilder();

    void row(Object[] values) {
        text.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            value(values[i]);
        }
        text.append("]\n");
    }

    /** The UTF-8 bytes of the content. */
    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sm3Hex(byte[] content) {
        return HexFormat.of().formatHex(Sm3.hash(content));
    }

    private void value(Object v) {
        if (v == null) {
            text.append("null");
        } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            text.append(v);
        } else if (v instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else {
            string(SyncTargetTable.text(v));
        }
    }

    private void string(String s) {
        text.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
