package org.govdx.common.masking;

/**
 * {@link MaskingRule#BANK_CARD}: keep the first 4 and last 4 digits, mask the digits between;
 * separators stay where they are. {@code 6222 0212 3456 7890 123 → 6222 **** **** ***0 123}.
 */
final class BankCardMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        int digits = (int) value.codePoints().filter(Character::isDigit).count();
        if (digits == 0) {
            return CodePoints.keep(value, 4, 4, params.maskChar());
        }
        boolean hideAll = digits <= 8;
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (int cp : value.codePoints().toArray()) {
            if (Character.isDigit(cp)) {
                seen++;
                boolean keep = !hideAll && (seen <= 4 || seen > digits - 4);
                if (keep) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(params.maskChar());
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
