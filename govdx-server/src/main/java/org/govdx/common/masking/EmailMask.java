package org.govdx.common.masking;

/**
 * {@link MaskingRule#EMAIL}: keep the first character of the local part and the domain.
 * {@code zhangsan@example.cn → z*******@example.cn}; without {@code @} only the first character stays.
 */
final class EmailMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return CodePoints.keep(value, 1, 0, params.maskChar());
        }
        String local = value.substring(0, at);
        return CodePoints.keep(local, 1, 0, params.maskChar()) + value.substring(at);
    }
}
