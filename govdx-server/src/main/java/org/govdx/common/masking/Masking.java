package org.govdx.common.masking;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The entry point of masking: {@code Masking.mask(MaskingRule.ID_CARD, "110101199003077777",
 * MaskingParams.NONE)} gives {@code 110101********7777}. Null stays null; non-text values are
 * masked as their text (numbers plain, binary as hex) unless the rule is {@link MaskingRule#NONE}.
 */
public final class Masking {

    private static final Map<MaskingRule, Masker> MASKERS = new EnumMap<>(MaskingRule.class);

    static {
        MASKERS.put(MaskingRule.NONE, new NoneMask());
        MASKERS.put(MaskingRule.ID_CARD, new IdCardMask());
        MASKERS.put(MaskingRule.MOBILE, new MobileMask());
        MASKERS.put(MaskingRule.NAME, new NameMask());
        MASKERS.put(MaskingRule.ADDRESS, new AddressMask());
        MASKERS.put(MaskingRule.BANK_CARD, new BankCardMask());
        MASKERS.put(MaskingRule.EMAIL, new EmailMask());
        MASKERS.put(MaskingRule.CREDIT_CODE, new CreditCodeMask());
        MASKERS.put(MaskingRule.KEEP_FIRST_N_LAST_M, new KeepFirstLastMask());
        MASKERS.put(MaskingRule.MASK_FROM_X_TO_Y, new MaskRangeMask());
        MASKERS.put(MaskingRule.HASH, new HashMask());
        MASKERS.put(MaskingRule.NULL, new NullMask());
    }

    private Masking() {
    }

    /** The masker of one rule. */
    public static Masker masker(MaskingRule rule) {
        return MASKERS.get(rule == null ? MaskingRule.NONE : rule);
    }

    /** Masks a text value; a null rule means {@link MaskingRule#NONE}, null params mean none. */
    public static String mask(MaskingRule rule, String value, MaskingParams params) {
        if (value == null) {
            return null;
        }
        return masker(rule).mask(value, params == null ? MaskingParams.NONE : params);
    }

    /**
     * Masks a value read from a source: {@link MaskingRule#NONE} returns it unchanged (a number
     * stays a number), every other rule works on its text.
     */
    public static Object maskValue(MaskingRule rule, Object value, MaskingParams params) {
        if (value == null) {
            return null;
        }
        if (rule == null || rule == MaskingRule.NONE) {
            return value;
        }
        return mask(rule, text(value), params);
    }

    /** Parses a rule name as stored by the catalog; unknown or blank names mean {@link MaskingRule#NONE}. */
    public static MaskingRule rule(String name) {
        if (name == null || name.isBlank()) {
            return MaskingRule.NONE;
        }
        try {
            return MaskingRule.valueOf(name.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            // a rule this version does not know must not leak the value
            return MaskingRule.NULL;
        }
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
