package org.govdx.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.CatalogItemView;
import tools.jackson.databind.JsonNode;

/**
 * Reads the caller's filter and sorting against the items it may use: {@code {"eq":{"item":"name",
 * "value":"张三"}}}, {@code {"in":{"item":…,"values":[…]}}}, {@code {"between":{"item":…,"from":…,"to":…}}},
 * {@code {"prefix":{"item":…,"value":…}}} and {@code {"and":[…]}}; sorting {@code [{"item":…,"direction":
 * "asc"|"desc"}]} or {@code "item,desc"}. Any item outside {@code allowed} is a 400 naming it.
 */
final class FilterParser {

    static final int MAX_IN_VALUES = 1000;
    private static final int MAX_DEPTH = 8;

    private final Map<String, CatalogItemView> allowed;

    /** @param allowed the items a filter may use (the grant's for queries, the entry's for verify) */
    FilterParser(Map<String, CatalogItemView> allowed) {
        this.allowed = allowed;
    }

    Condition parse(JsonNode node) {
        if (node == null || node.isNull() || node.isObject() && node.isEmpty()) {
            return null;
        }
        return condition(node, 0);
    }

    /** {@code ?item=value} parameters: equality on each. */
    Condition equalities(Map<String, String> params) {
        List<Condition> all = new ArrayList<>();
        params.forEach((item, value) -> all.add(new Condition.Eq(item, value(item(item), value))));
        return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new Condition.And(all);
    }

    /** Equality on every given item (the verify conditions), which must not be empty. */
    Condition conditions(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw Refusals.badFilter("VERIFY_CONDITIONS_REQUIRED", "conditions");
        }
        List<Condition> all = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            all.add(new Condition.Eq(e.getKey(), value(item(e.getKey()), scalar(e.getKey(), e.getValue()))));
        }
        return all.size() == 1 ? all.get(0) : new Condition.And(all);
    }

    List<SortOrder> sort(JsonNode node) {
        List<SortOrder> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (JsonNode s : node.isArray() ? node.values() : List.of(node)) {
            if (s.isString()) {
                out.add(sort(s.asString()));
            } else if (s.isObject() && s.get("item") != null) {
                String direction = s.get("direction") == null ? "asc" : s.get("direction").asString();
                out.add(order(s.get("item").asString(), direction));
            } else {
                throw Refusals.badFilter("INVALID_SORT", "sort", String.valueOf(s));
            }
        }
        return out;
    }

    /** {@code item}, {@code item,asc}, {@code item,desc} or {@code -item}. */
    SortOrder sort(String text) {
        String t = text.trim();
        if (t.startsWith("-")) {
            return order(t.substring(1), "desc");
        }
        int comma = t.indexOf(',');
        return comma < 0 ? order(t, "asc") : order(t.substring(0, comma), t.substring(comma + 1));
    }

    private SortOrder order(String item, String direction) {
        item(item);
        String d = direction.trim().toLowerCase(java.util.Locale.ROOT);
        if (!d.equals("asc") && !d.equals("desc")) {
            throw Refusals.badFilter("INVALID_SORT", "sort", item + "," + direction);
        }
        return new SortOrder(item, d.equals("desc"));
    }

    private Condition condition(JsonNode node, int depth) {
        if (depth > MAX_DEPTH || node == null || !node.isObject() || node.size() != 1) {
            throw Refusals.badFilter("INVALID_FILTER", "filter");
        }
        Map.Entry<String, JsonNode> op = node.properties().iterator().next();
        JsonNode body = op.getValue();
        switch (op.getKey()) {
            case "and" -> {
                if (!body.isArray() || body.isEmpty()) {
                    throw Refusals.badFilter("INVALID_FILTER", "filter.and");
                }
                List<Condition> all = new ArrayList<>();
                for (JsonNode part : body.values()) {
                    all.add(condition(part, depth + 1));
                }
                return new Condition.And(all);
            }
            case "eq" -> {
                CatalogItemView item = item(text(body, "item"));
                return new Condition.Eq(item.code(), value(item, scalar(item.code(), body.get("value"))));
            }
            case "in" -> {
                CatalogItemView item = item(text(body, "item"));
                JsonNode values = body.get("values");
                if (values == null || !values.isArray() || values.isEmpty() || values.size() > MAX_IN_VALUES) {
                    throw Refusals.badFilter("INVALID_FILTER_IN", item.code(), item.code(), MAX_IN_VALUES);
                }
                List<Object> typed = new ArrayList<>();
                for (JsonNode v : values.values()) {
                    typed.add(value(item, scalar(item.code(), v)));
                }
                return new Condition.In(item.code(), typed);
            }
            case "between" -> {
                CatalogItemView item = item(text(body, "item"));
                return new Condition.Between(item.code(), value(item, scalar(item.code(), body.get("from"))),
                        value(item, scalar(item.code(), body.get("to"))));
            }
            case "prefix" -> {
                CatalogItemView item = item(text(body, "item"));
                if (item.dataType() != org.govdx.catalog.ItemDataType.STRING) {
                    throw Refusals.badFilter("PREFIX_NOT_TEXT", item.code(), item.code());
                }
                String value = scalar(item.code(), body.get("value"));
                if (value.isEmpty()) {
                    throw Refusals.badFilter("INVALID_FILTER_VALUE", item.code(), item.code(), "", "STRING");
                }
                return new Condition.Prefix(item.code(), value);
            }
            default -> throw Refusals.badFilter("INVALID_FILTER_OPERATOR", "filter", op.getKey());
        }
    }

    private CatalogItemView item(String code) {
        CatalogItemView item = code == null ? null : allowed.get(code);
        if (item == null) {
            throw Refusals.badFilter("ITEM_NOT_GRANTED", code == null ? "item" : code, String.valueOf(code));
        }
        return item;
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body == null ? null : body.get(field);
        if (n == null || !n.isString()) {
            throw Refusals.badFilter("INVALID_FILTER", "filter." + field);
        }
        return n.asString();
    }

    private static String scalar(String item, JsonNode v) {
        if (v == null || v.isNull() || v.isArray() || v.isObject()) {
            throw Refusals.badFilter("INVALID_FILTER_VALUE", item, item, String.valueOf(v), "");
        }
        return v.isNumber() ? v.decimalValue().toPlainString() : v.asString();
    }

    private static Object value(CatalogItemView item, String text) {
        return ItemValues.parse(item, text);
    }
}
