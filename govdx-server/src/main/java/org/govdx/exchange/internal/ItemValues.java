package org.govdx.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.govdx.catalog.CatalogItemView;
import org.govdx.common.GovdxException;

/** Converts a caller's value to the item's type, so that it binds to the column as that type. */
final class ItemValues {

    private ItemValues() {
    }

    /**
     * The typed value of {@code text} for {@code item}.
     *
     * @throws GovdxException 400 {@code INVALID_FILTER_VALUE} naming the item
     */
    static Object parse(CatalogItemView item, String text) {
        if (text == null) {
            throw invalid(item, "null");
        }
        String t = text.trim();
        try {
            return switch (item.dataType()) {
                case STRING -> text;
                case INTEGER -> Long.valueOf(t);
                case DECIMAL -> new BigDecimal(t);
                case DATE -> LocalDate.parse(t);
                case DATETIME -> t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
                case BOOLEAN -> switch (t.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> throw invalid(item, text);
                };
                case BINARY -> throw invalid(item, text);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(item, text);
        }
    }

    private static GovdxException invalid(CatalogItemView item, String text) {
        return Refusals.badFilter("INVALID_FILTER_VALUE", item.code(), item.code(),
                text.length() > 40 ? text.substring(0, 40) + "…" : text, item.dataType().name());
    }
}
