package org.govdx.common.masking;

/**
 * {@link MaskingRule#MASK_FROM_X_TO_Y}: mask positions {@code x} to {@code y} (1-based, inclusive;
 * {@code x} defaults to 1, {@code y} to the end). A range past the end is clamped; a reversed
 * range masks everything, since a misconfigured rule must not leak.
 */
final class MaskRangeMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        int len = CodePoints.length(value);
        int from = params.x() == null ? 1 : Math.max(1, params.x());
        int to = params.y() == null ? len : params.y();
        if (to < from) {
            return String.valueOf(params.maskChar()).repeat(len);
        }
        return CodePoints.maskRange(value, from - 1, to - 1, params.maskChar());
    }
}
