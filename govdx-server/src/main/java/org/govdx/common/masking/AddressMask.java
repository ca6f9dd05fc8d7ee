package org.govdx.common.masking;

/**
 * {@link MaskingRule#ADDRESS}: keep the administrative divisions down to the county level
 * (省/自治区, 市/州/盟, 区/县/旗) and mask the rest (township, street, house number).
 * {@code 宁夏回族自治区中卫市沙坡头区文昌镇鼓楼西街12号 → 宁夏回族自治区中卫市沙坡头区*********}.
 * Without a recognisable division only the first 3 characters stay; at least a third of the
 * address is always masked.
 */
final class AddressMask implements Masker {

    /** Suffixes that end a province, city or county level division name. */
    private static final String DIVISION_ENDS = "省市州盟区县旗";
    /** Suffixes of the county level, after which everything is detail. */
    private static final String COUNTY_ENDS = "区县旗";

    @Override
    public String mask(String value, MaskingParams params) {
        int[] cps = value.codePoints().toArray();
        int len = cps.length;
        // keep at most two thirds, so that something is always hidden
        int limit = len - Math.max(1, (len + 2) / 3);
        int keep = 0;
        for (int i = 0; i < Math.min(limit, 20); i++) {
            if (DIVISION_ENDS.indexOf(cps[i]) >= 0) {
                keep = i + 1;
                boolean autonomousRegion = cps[i] == '区' && i >= 2 && cps[i - 2] == '自' && cps[i - 1] == '治';
                if (COUNTY_ENDS.indexOf(cps[i]) >= 0 && !autonomousRegion) {
                    break;
                }
            }
        }
        if (keep == 0) {
            keep = Math.min(3, Math.max(0, limit));
        }
        return CodePoints.keep(value, keep, 0, params.maskChar());
    }
}
