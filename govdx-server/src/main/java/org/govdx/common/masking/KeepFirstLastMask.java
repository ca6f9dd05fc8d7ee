package org.govdx.common.masking;

/**
 * {@link MaskingRule#KEEP_FIRST_N_LAST_M}: keep the first {@code n} and last {@code m} characters
 * (default 1 and 1); a value no longer than {@code n + m} is hidden entirely.
 */
final class KeepFirstLastMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        return CodePoints.keep(value, params.nOr(1), params.mOr(1), params.maskChar());
    }
}
