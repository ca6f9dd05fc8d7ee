package org.govdx.common.masking;

/**
 * {@link MaskingRule#CREDIT_CODE}: 统一社会信用代码 keep the registration authority, entity type and
 * region (the first 8) and the last 2; the organisation code body is hidden.
 * {@code 91640500MA76ABCD1X → 91640500********1X}.
 */
final class CreditCodeMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        return CodePoints.keep(value, 8, 2, params.maskChar());
    }
}
