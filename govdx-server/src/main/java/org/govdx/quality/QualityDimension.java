package org.govdx.quality;

/** The four dimensions every entry is scored on (完整性、准确性、可用性、时效性). */
public enum QualityDimension {
    COMPLETENESS,
    ACCURACY,
    AVAILABILITY,
    TIMELINESS
}
