package org.govdx.common.masking;

/** {@link MaskingRule#MOBILE}: keep the first 3 and the last 4. {@code 13812345678 → 138****5678}. */
final class MobileMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        return CodePoints.keep(value, 3, 4, params.maskChar());
    }
}
