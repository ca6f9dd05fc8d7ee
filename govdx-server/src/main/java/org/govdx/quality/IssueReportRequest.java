package org.govdx.quality;

/**
 * An error report (纠错) on data a consumer received: the entry, the request id or the record key,
 * the item and what is wrong.
 */
public record IssueReportRequest(Long entryId, String requestId, String recordKey, String itemCode,
                                 String description) {
}
