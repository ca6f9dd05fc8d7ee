package org.govdx.catalog;

import java.util.List;

/**
 * The body of {@code POST /api/v1/catalog} and {@code PUT /api/v1/catalog/{id}}. Enumerated fields
 * are text so that a wrong value is reported on its field. On update a null field keeps its value
 * and an empty text clears it; {@code items}, when given, replace all items.
 *
 * @param shareCondition for a conditional entry its sharing scope and permitted use; for a
 *                       not-shared entry the reason it is not shared
 * @param legalBasis     the law, regulation or State Council decision a not-shared entry rests on
 */
public record CatalogEntryRequest(String name, String summary, String classification, String format,
                                  String shareType, String shareCondition, String legalBasis, String shareMode,
                                  String openType, String openCondition, String updateCycle, String grade,
                                  List<String> tags, List<String> relatedCodes, List<CatalogItemRequest> items) {

    /**
     * One item of the request.
     *
     * @param maskingParams parameters of {@code KEEP_FIRST_N_LAST_M} ({@code n=3,m=4}) or
     *                      {@code MASK_FROM_X_TO_Y} ({@code x=7,y=14})
     */
    public record CatalogItemRequest(String code, String name, String dataType, Integer length, String description,
                                     String grade, String maskingRule, String maskingParams, Boolean key) {
    }
}
