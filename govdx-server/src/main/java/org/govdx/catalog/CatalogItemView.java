package org.govdx.catalog;

import org.govdx.common.masking.MaskingRule;

/**
 * A catalog item (信息项) as other modules and the API see it. The code is simple ASCII and unique
 * within its entry, so that a mount can map it to a column or JSON field.
 *
 * @param code          item code, e.g. {@code id_number}
 * @param name          Chinese name, e.g. 公民身份号码
 * @param dataType      data type
 * @param length        maximum length (characters or digits), null when not meaningful
 * @param description   what the item holds
 * @param grade         the item's data grade (at most the entry's)
 * @param maskingRule   the masking the exchange applies by default
 * @param maskingParams parameters of the masking rule, e.g. {@code n=3,m=4}; null when none
 * @param key           true for the item(s) that identify a record
 */
public record CatalogItemView(String code, String name, ItemDataType dataType, Integer length, String description,
                              DataGrade grade, MaskingRule maskingRule, String maskingParams, boolean key) {
}
