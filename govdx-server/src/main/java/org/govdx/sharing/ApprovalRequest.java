package org.govdx.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An approval, optionally narrower than what was asked. Null fields grant what was asked.
 *
 * @param items              a subset of the requested items
 * @param rowFilter          item code → value: only records whose item has this value
 * @param accessModes        a subset of the requested modes
 * @param validUntil         a day not later than the requested one
 * @param rateLimitPerMinute requests per minute the app may make
 * @param comment            why the grant differs from the request
 * @param plainItems         granted items the gateway returns unmasked (explicitly allowed plain values);
 *                           every other item is masked by its masking rule
 */
public record ApprovalRequest(List<String> items, Map<String, String> rowFilter, List<String> accessModes,
                              LocalDate validUntil, Integer rateLimitPerMinute, String comment,
                              List<String> plainItems) {

    /** Without plain items: every item masked by its rule. */
    public ApprovalRequest(List<String> items, Map<String, String> rowFilter, List<String> accessModes,
                           LocalDate validUntil, Integer rateLimitPerMinute, String comment) {
        this(items, rowFilter, accessModes, validUntil, rateLimitPerMinute, comment, null);
    }

    /** Grants exactly what was asked. */
    public static ApprovalRequest asAsked() {
        return new ApprovalRequest(null, null, null, null, null, null, null);
    }
}
