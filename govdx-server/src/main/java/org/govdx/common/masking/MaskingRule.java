package org.govdx.common.masking;

/**
 * The named masking (脱敏) rules a catalog item can carry and the exchange applies. Each rule is one
 * small {@link Masker}; {@link Masking#mask} is the entry point.
 */
public enum MaskingRule {
    /** Plain value. */
    NONE,
    /** 身份证号: keep the first 6 and the last 4 characters. */
    ID_CARD,
    /** 手机号: keep the first 3 and the last 4 digits. */
    MOBILE,
    /** 姓名: keep the first character (the family name in most cases). */
    NAME,
    /** 地址: keep the administrative divisions (省/市/区县), mask the detail. */
    ADDRESS,
    /** 银行卡号: keep the first 4 and the last 4 digits. */
    BANK_CARD,
    /** 电子邮箱: keep the first character of the local part and the domain. */
    EMAIL,
    /** 统一社会信用代码: keep the authority, type and region (8) and the last 2, mask the body. */
    CREDIT_CODE,
    /** Keep the first {@code n} and the last {@code m} characters. */
    KEEP_FIRST_N_LAST_M,
    /** Mask the characters at positions {@code x} to {@code y} (1-based, inclusive). */
    MASK_FROM_X_TO_Y,
    /** Salted SM3 (HMAC-SM3): equal values give equal hashes under one salt, irreversible without it. */
    HASH,
    /** Withhold the value entirely. */
    NULL
}
