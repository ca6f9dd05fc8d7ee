package org.govdx.common.masking;

/** {@link MaskingRule#NULL}: the value is withheld. */
final class NullMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        return null;
    }
}
