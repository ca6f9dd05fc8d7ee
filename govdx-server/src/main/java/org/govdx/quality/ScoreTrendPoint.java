package org.govdx.quality;

/** The average scores of successful scans in one week ({@code 2026-W48}) or quarter ({@code 2026-Q4}). */
public record ScoreTrendPoint(String period, int scans, QualityScores scores) {
}
