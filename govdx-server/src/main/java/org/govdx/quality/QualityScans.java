package org.govdx.quality;

import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;

/**
 * Scans and scores. A scan evaluates all of an entry's row rules in one aggregate query on the
 * source, collects masked samples of failing rows, compares cross-entry rules, and scores the four
 * dimensions; at most one scan of an entry runs at a time in the whole cluster.
 */
public interface QualityScans {

    /**
     * Starts a scan now (answers it RUNNING; it continues in the background). When one is already
     * running for the entry, answers that one.
     *
     * @param timeLimitSeconds optional, at most the configured limit
     */
    ScanView start(long entryId, Integer timeLimitSeconds, CurrentUser me);

    ScanView get(long id, CurrentUser viewer);

    PageResponse<ScanView> list(Long entryId, PageRequest page, CurrentUser viewer);

    /**
     * Current scores and their trend: of one entry, of one org's entries, or (neither given) of the
     * viewer's org; the platform operator and leaders may ask for any org.
     *
     * @param period {@code week} (default) or {@code quarter}
     */
    ScoreReport scores(Long orgId, Long entryId, String period, CurrentUser viewer);

    /** For other modules: the current scores of an entry, if it was scanned successfully. */
    Optional<EntryScore> currentScore(long entryId);
}
