package org.govdx.common.masking;

/**
 * {@link MaskingRule#NAME}: keep the first character. {@code 张三 → 张*}, {@code 欧阳娜娜 → 欧***}; a
 * one-character name is hidden entirely, since keeping it would keep everything.
 */
final class NameMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        return CodePoints.keep(value, 1, 0, params.maskChar());
    }
}
