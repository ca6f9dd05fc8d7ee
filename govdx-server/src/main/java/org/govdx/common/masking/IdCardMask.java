package org.govdx.common.masking;

/**
 * {@link MaskingRule#ID_CARD}: 公民身份号码 keep the first 6 (the region of issue) and the last 4;
 * the birth date and sequence are hidden. {@code 110101199003077777 → 110101********7777}.
 */
final class IdCardMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        return CodePoints.keep(value, 6, 4, params.maskChar());
    }
}
