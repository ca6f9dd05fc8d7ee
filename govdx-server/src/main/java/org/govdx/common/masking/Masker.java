package org.govdx.common.masking;

/** One masking rule applied to one non-null text value. */
public interface Masker {

    /** The masked text; {@code null} only for the rule that withholds values. */
    String mask(String value, MaskingParams params);
}
