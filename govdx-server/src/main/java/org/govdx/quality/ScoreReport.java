package org.govdx.quality;

import java.util.List;

/**
 * Scores of an entry or an org: the current score of each entry, their average, and the trend.
 *
 * @param period  {@code week} or {@code quarter}: how the trend is grouped
 * @param average average over the entries' current scores
 */
public record ScoreReport(Long orgId, Long entryId, String period, QualityScores average, List<EntryScore> entries,
                          List<ScoreTrendPoint> trend) {
}
