package org.govdx.quality;

/**
 * Scores 0–100 on the four dimensions and overall; a dimension without rules is null and left out of
 * the overall score. The formula is in docs/quality.md.
 */
public record QualityScores(Double completeness, Double accuracy, Double availability, Double timeliness,
                            Double overall) {
}
