package org.govdx.exchange.internal;

import java.util.HexFormat;
import java.util.Map;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.common.Sm3;
import org.govdx.common.masking.MaskingRule;

/**
 * The filter of a call as its usage record keeps it: readable for supervision, but the values of
 * graded or masked items are replaced by a keyed SM3 hash (the same value gives the same hash, so
 * repeated look-ups of one person remain visible without the record holding the ID number).
 */
final class FilterText {

    private final Map<String, CatalogItemView> items;
    private final byte[] key;

    FilterText(Map<String, CatalogItemView> items, byte[] key) {
        this.items = items;
        this.key = key;
    }

    String of(Condition c) {
        if (c == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        append(out, c);
        return out.toString();
    }

    private void append(StringBuilder out, Condition c) {
        if (c instanceof Condition.Eq eq) {
            out.append(eq.item()).append('=').append(value(eq.item(), eq.value()));
        } else if (c instanceof Condition.In in) {
            out.append(in.item()).append(" in (");
            for (int i = 0; i < in.values().size(); i++) {
                out.append(i == 0 ? "" : ",").append(value(in.item(), in.values().get(i)));
            }
            out.append(')');
        } else if (c instanceof Condition.Between b) {
            out.append(b.item()).append(" between ").append(value(b.item(), b.from()))
                    .append(" and ").append(value(b.item(), b.to()));
        } else if (c instanceof Condition.Prefix p) {
            out.append(p.item()).append(" prefix ").append(value(p.item(), p.value()));
        } else if (c instanceof Condition.And and) {
            for (int i = 0; i < and.all().size(); i++) {
                out.append(i == 0 ? "" : " and ");
                append(out, and.all().get(i));
            }
        }
    }

    private String value(String item, Object value) {
        CatalogItemView view = items.get(item);
        boolean sensitive = view == null || view.grade() != DataGrade.GENERAL_1
                || view.maskingRule() != null && view.maskingRule() != MaskingRule.NONE;
        String text = String.valueOf(value);
        if (!sensitive) {
            return text;
        }
        byte[] in = new byte[key.length + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length];
        byte[] t = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(key, 0, in, 0, key.length);
        System.arraycopy(t, 0, in, key.length, t.length);
        return "sm3:" + HexFormat.of().formatHex(Sm3.hash(in)).substring(0, 16);
    }
}
