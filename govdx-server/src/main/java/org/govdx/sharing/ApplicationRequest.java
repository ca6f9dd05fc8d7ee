package org.govdx.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an applicant asks for ({@code POST /api/v1/applications}).
 *
 * @param entryId        the published catalog entry
 * @param items          item codes wanted (a subset of the entry's items)
 * @param purpose        what the data is used for
 * @param scenario       the business scenario (e.g. 企业开办)
 * @param legalBasis     the law or document that allows the use
 * @param accessModes    API, BULK and/or VERIFY
 * @param appId          the consumer app of the applicant's org that will call
 * @param validUntil     last day of use; default and maximum one year from today
 * @param justifications item code → why it is needed; required for items graded 一般数据3级 or higher
 * @param demandId       the demand this application answers, if any
 */
public record ApplicationRequest(Long entryId, List<String> items, String purpose, String scenario,
                                 String legalBasis, List<String> accessModes, Long appId, LocalDate validUntil,
                                 Map<String, String> justifications, Long demandId) {
}
