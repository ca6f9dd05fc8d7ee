package org.govdx.exchange.internal;

import java.util.Collection;
import java.util.List;
import org.govdx.catalog.CatalogItemView;
import org.govdx.common.masking.Masking;
import org.govdx.common.masking.MaskingParams;
import org.govdx.common.masking.MaskingRule;

/**
 * Masks the items of one grant's answers: each item by its masking rule, unless the grant allows
 * it plain. The salted hash rule uses a salt derived from the grant, so hashed values are stable
 * within a grant (records can be joined) and differ between grants.
 */
final class RecordMasker {

    private final MaskingRule[] rules;
    private final MaskingParams[] params;

    /** @param items the returned items, in column order */
    RecordMasker(List<CatalogItemView> items, Collection<String> plainItems, byte[] grantSalt) {
        rules = new MaskingRule[items.size()];
        params = new MaskingParams[items.size()];
        for (int i = 0; i < items.size(); i++) {
            CatalogItemView item = items.get(i);
            MaskingRule rule = item.maskingRule() == null ? MaskingRule.NONE : item.maskingRule();
            MaskingParams p;
            try {
                p = MaskingParams.parse(item.maskingParams()).withSalt(grantSalt);
            } catch (IllegalArgumentException e) {
                // unreadable parameters must not leak the value
                rule = MaskingRule.NULL;
                p = MaskingParams.NONE;
            }
            rules[i] = plainItems.contains(item.code()) ? MaskingRule.NONE : rule;
            params[i] = p;
        }
    }

    /** The value of column {@code index} as the consumer may see it. */
    Object mask(int index, Object value) {
        return Masking.maskValue(rules[index], value, params[index]);
    }

    /** True when the item at {@code index} leaves the provider unmasked. */
    boolean plain(int index) {
        return rules[index] == MaskingRule.NONE;
    }
}
