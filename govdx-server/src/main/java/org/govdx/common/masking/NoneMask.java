package org.govdx.common.masking;

/** {@link MaskingRule#NONE}: the plain value. */
final class NoneMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        return value;
    }
}
