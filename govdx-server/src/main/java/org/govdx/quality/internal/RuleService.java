package org.govdx.quality.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.GovdxException;
import org.govdx.common.Validation;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.quality.QualityDimension;
import org.govdx.quality.QualityRuleRequest;
import org.govdx.quality.QualityRuleView;
import org.govdx.quality.QualityRules;
import org.govdx.quality.RuleType;
import org.govdx.quality.Severity;
import org.govdx.source.SourceTables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of {@link QualityRules}: every parameter is checked against the entry's items here. */
@Service
@Transactional
class RuleService implements QualityRules {

    private static final int MAX_VALUES = 500;
    private static final int MAX_PATTERN = 500;

    private final QualityStore store;
    private final EntryAccess access;
    private final CatalogEntries catalog;
    private final SourceTables sources;
    private final Clock clock;

    RuleService(QualityStore store, EntryAccess access, CatalogEntries catalog, SourceTables sources, Clock clock) {
        this.store = store;
        this.access = access;
        this.catalog = catalog;
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public QualityRuleView create(QualityRuleRequest request, CurrentUser me) {
        if (request.entryId() == null) {
            throw GovdxException.invalid("entryId", "REQUIRED");
        }
        CatalogEntryView entry = access.managed(request.entryId(), me);
        requireMounted(entry);
        RuleDef rule = validate(request, entry, null, me.getUsername(), false);
        long id = store.insertRule(rule);
        AuditLog.target("entry:" + entry.code());
        return store.rule(id).orElseThrow().view();
    }

    @Override
    public QualityRuleView update(long id, QualityRuleRequest change, CurrentUser me) {
        RuleDef old = store.rule(id).orElseThrow(() -> GovdxException.notFound("QUALITY_RULE_NOT_FOUND", String.valueOf(id)));
        CatalogEntryView entry = access.managed(old.entryId(), me);
        QualityRuleRequest merged = new QualityRuleRequest(old.entryId(), old.type().name(),
                change.itemCode() != null ? change.itemCode() : old.itemCode(),
                change.dimension() != null ? change.dimension() : old.dimension().name(),
                change.severity() != null ? change.severity() : old.severity().name(),
                change.threshold() != null ? change.threshold() : old.threshold(),
                change.params() != null ? change.params() : old.params(),
                change.enabled() != null ? change.enabled() : old.enabled());
        RuleDef rule = validate(merged, entry, old, me.getUsername(), old.prefilled());
        store.updateRule(rule);
        AuditLog.target("entry:" + entry.code());
        return store.rule(id).orElseThrow().view();
    }

    @Override
    public void delete(long id, CurrentUser me) {
        RuleDef old = store.rule(id).orElseThrow(() -> GovdxException.notFound("QUALITY_RULE_NOT_FOUND", String.valueOf(id)));
        CatalogEntryView entry = access.managed(old.entryId(), me);
        store.deleteRule(id);
        AuditLog.target("entry:" + entry.code());
    }

    @Override
    @Transactional(readOnly = true)
    public QualityRuleView get(long id, CurrentUser viewer) {
        RuleDef rule = store.rule(id).orElseThrow(() -> GovdxException.notFound("QUALITY_RULE_NOT_FOUND", String.valueOf(id)));
        access.managed(rule.entryId(), viewer);
        return rule.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<QualityRuleView> ofEntry(long entryId, CurrentUser viewer) {
        access.managed(entryId, viewer);
        return store.rulesOf(entryId).stream().map(RuleDef::view).toList();
    }

    @Override
    public List<QualityRuleView> prefill(long entryId, CurrentUser me) {
        CatalogEntryView entry = access.managed(entryId, me);
        requireMounted(entry);
        AuditLog.target("entry:" + entry.code());
        addDefaults(entry, me.getUsername());
        return store.rulesOf(entryId).stream().map(RuleDef::view).toList();
    }

    /** Adds the proposed rules the entry does not have yet (same type and item); answers how many. */
    int addDefaults(CatalogEntryView entry, String actor) {
        List<RuleDef> existing = store.rulesOf(entry.id());
        int added = 0;
        for (QualityRuleRequest r : DefaultRules.of(entry)) {
            boolean present = existing.stream().anyMatch(e -> e.type().name().equals(r.ruleType())
                    && Objects.equals(e.itemCode(), r.itemCode()));
            if (!present) {
                store.insertRule(validate(r, entry, null, actor, true));
                added++;
            }
        }
        return added;
    }

    private void requireMounted(CatalogEntryView entry) {
        if (sources.mountType(entry.id()).isEmpty()) {
            throw GovdxException.conflict("QUALITY_NOT_MOUNTED", entry.code());
        }
    }

    /** Checks a rule against the entry's items; answers it ready to store. */
    RuleDef validate(QualityRuleRequest r, CatalogEntryView entry, RuleDef old, String actor, boolean prefilled) {
        Validation v = new Validation();
        RuleType type = parse(RuleType.class, r.ruleType(), "ruleType", "UNKNOWN_RULE_TYPE", v, null);
        Map<String, CatalogItemView> items = items(entry);
        Map<String, Object> in = r.params() == null ? Map.of() : r.params();
        Map<String, Object> params = new LinkedHashMap<>();
        String itemCode = r.itemCode() == null || r.itemCode().isBlank() ? null : r.itemCode().trim();
        CatalogItemView item = null;
        if (type != null && type.kind() != RuleType.Kind.ENTRY) {
            if (itemCode == null) {
                v.check(true, "itemCode", "REQUIRED");
            } else {
                item = items.get(itemCode);
                v.check(item == null, "itemCode", "UNKNOWN_ITEM", itemCode);
            }
        } else {
            itemCode = null;
        }
        QualityDimension dimension = type == null ? null : parse(QualityDimension.class, r.dimension(), "dimension",
                "INVALID_DIMENSION", v, type.defaultDimension());
        v.check(type != null && dimension != null && type.fixedDimension() && dimension != type.defaultDimension(),
                "dimension", "INVALID_DIMENSION", r.dimension());
        Severity severity = parse(Severity.class, r.severity(), "severity", "INVALID_SEVERITY", v, Severity.MEDIUM);
        double threshold = r.threshold() == null ? 1.0 : r.threshold();
        v.check(threshold < 0 || threshold > 1 || Double.isNaN(threshold), "threshold", "INVALID_THRESHOLD");
        if (type != null && (item != null || type.kind() == RuleType.Kind.ENTRY)) {
            params(type, item, in, items, params, v);
        }
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        return new RuleDef(old == null ? 0 : old.id(), entry.id(), entry.providerOrgId(), type, itemCode, params,
                dimension, severity, threshold, r.enabled() == null || r.enabled(), prefilled, actor,
                old == null ? now : old.createdAt(), now);
    }

    private void params(RuleType type, CatalogItemView item, Map<String, Object> in, Map<String, CatalogItemView> items,
                        Map<String, Object> out, Validation v) {
        ItemDataType dt = item == null ? null : item.dataType();
        switch (type) {
            case REQUIRED_TOGETHER -> {
                List<String> others = list(in.get("items"));
                v.check(others.isEmpty(), "params.items", "REQUIRED");
                others.forEach(o -> v.check(!items.containsKey(o), "params.items", "UNKNOWN_ITEM", o));
                out.put("items", others);
            }
            case REGEX -> {
                String pattern = text(in.get("pattern"));
                if (pattern == null) {
                    v.check(true, "params.pattern", "REQUIRED");
                } else if (pattern.length() > MAX_PATTERN) {
                    v.check(true, "params.pattern", "TOO_LONG", MAX_PATTERN);
                } else {
                    try {
                        Pattern.compile(pattern);
                        out.put("pattern", pattern);
                    } catch (PatternSyntaxException e) {
                        v.check(true, "params.pattern", "INVALID_PATTERN", pattern);
                    }
                }
            }
            case ALLOWED_VALUES -> {
                List<String> values = list(in.get("values"));
                v.check(values.isEmpty(), "params.values", "REQUIRED");
                v.check(values.size() > MAX_VALUES, "params.values", "TOO_MANY_VALUES", MAX_VALUES);
                values.forEach(x -> typedOk(x, dt, "params.values", v));
                out.put("values", values);
            }
            case RANGE -> {
                v.check(dt != ItemDataType.INTEGER && dt != ItemDataType.DECIMAL && dt != ItemDataType.DATE
                        && dt != ItemDataType.DATETIME, "itemCode", "RULE_ITEM_TYPE", item.code(), dt);
                String min = text(in.get("min"));
                String max = text(in.get("max"));
                v.check(min == null && max == null, "params.min", "REQUIRED");
                if (min != null && typedOk(min, dt, "params.min", v)) {
                    out.put("min", min);
                }
                if (max != null && typedOk(max, dt, "params.max", v)) {
                    out.put("max", max);
                }
            }
            case LENGTH -> {
                v.check(dt != ItemDataType.STRING, "itemCode", "RULE_ITEM_TYPE", item.code(), dt);
                Integer min = count(in.get("min"), "params.min", v);
                Integer max = count(in.get("max"), "params.max", v);
                v.check(min == null && max == null, "params.max", "REQUIRED");
                if (min != null) {
                    out.put("min", min);
                }
                if (max != null) {
                    out.put("max", max);
                }
            }
            case DATA_TYPE -> {
                v.check(dt != ItemDataType.STRING, "itemCode", "RULE_ITEM_TYPE", item.code(), dt);
                String t = text(in.get("type"));
                boolean known = t != null && RuleSql.TYPE_PATTERNS.containsKey(t.toUpperCase(Locale.ROOT));
                v.check(!known, "params.type", "INVALID_DATA_TYPE", t == null ? "" : t);
                if (known) {
                    out.put("type", t.toUpperCase(Locale.ROOT));
                }
            }
            case ID_CARD, CREDIT_CODE -> v.check(dt != ItemDataType.STRING, "itemCode", "RULE_ITEM_TYPE", item.code(), dt);
            case BIRTH_DATE_MATCH -> {
                v.check(dt != ItemDataType.STRING, "itemCode", "RULE_ITEM_TYPE", item.code(), dt);
                String b = itemParam(in, "birthItem", items, v);
                if (b != null) {
                    ItemDataType bt = items.get(b).dataType();
                    v.check(bt != ItemDataType.DATE && bt != ItemDataType.DATETIME && bt != ItemDataType.STRING,
                            "params.birthItem", "RULE_ITEM_TYPE", b, bt);
                    out.put("birthItem", b);
                }
            }
            case END_AFTER_START -> {
                String e = itemParam(in, "endItem", items, v);
                if (e != null) {
                    v.check(items.get(e).dataType() != dt, "params.endItem", "RULE_ITEM_TYPE", e, items.get(e).dataType());
                    out.put("endItem", e);
                }
            }
            case UNIQUE, NOT_NULL -> {
            }
            case REFERENTIAL -> {
                CatalogEntryView ref = otherEntry(in.get("refEntryId"), "params.refEntryId", v);
                if (ref != null) {
                    out.put("refEntryId", ref.id());
                    String refItem = itemParam(in, "refItem", items(ref), v);
                    if (refItem != null) {
                        out.put("refItem", refItem);
                    }
                }
            }
            case MULTI_SOURCE -> {
                String key = itemParam(in, "keyItem", items, v);
                if (key != null) {
                    out.put("keyItem", key);
                }
                CatalogEntryView other = otherEntry(in.get("otherEntryId"), "params.otherEntryId", v);
                if (other != null) {
                    out.put("otherEntryId", other.id());
                    Map<String, CatalogItemView> otherItems = items(other);
                    String otherKey = itemParam(in, "otherKeyItem", otherItems, v);
                    String otherItem = itemParam(in, "otherItem", otherItems, v);
                    if (otherKey != null && otherItem != null) {
                        out.put("otherKeyItem", otherKey);
                        out.put("otherItem", otherItem);
                    }
                }
            }
            case TIMELINESS -> positive(in.get("maxAgeHours"), "maxAgeHours", out, v);
            case AVAILABILITY -> positive(in.get("days"), "days", out, v);
        }
    }

    private CatalogEntryView otherEntry(Object raw, String field, Validation v) {
        String text = text(raw);
        if (text == null) {
            v.check(true, field, "REQUIRED");
            return null;
        }
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            v.check(true, field, "INVALID_NUMBER", text);
            return null;
        }
        CatalogEntryView other = catalog.findLatest(id).orElse(null);
        if (other == null) {
            v.check(true, field, "ENTRY_NOT_FOUND", text);
            return null;
        }
        if (sources.mountType(id).isEmpty()) {
            v.check(true, field, "QUALITY_NOT_MOUNTED", other.code());
            return null;
        }
        return other;
    }

    private static String itemParam(Map<String, Object> in, String name, Map<String, CatalogItemView> items,
                                    Validation v) {
        String code = text(in.get(name));
        if (code == null) {
            v.check(true, "params." + name, "REQUIRED");
            return null;
        }
        if (!items.containsKey(code)) {
            v.check(true, "params." + name, "UNKNOWN_ITEM", code);
            return null;
        }
        return code;
    }

    private static void positive(Object raw, String name, Map<String, Object> out, Validation v) {
        Integer n = count(raw, "params." + name, v);
        if (n != null) {
            v.check(n <= 0, "params." + name, "INVALID_NUMBER", raw);
            out.put(name, n);
        }
    }

    private static Integer count(Object raw, String field, Validation v) {
        String text = text(raw);
        if (text == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(text);
            v.check(n < 0, field, "INVALID_NUMBER", text);
            return n;
        } catch (NumberFormatException e) {
            v.check(true, field, "INVALID_NUMBER", text);
            return null;
        }
    }

    private static boolean typedOk(String value, ItemDataType type, String field, Validation v) {
        try {
            switch (type) {
                case INTEGER, DECIMAL -> new BigDecimal(value.trim());
                case DATE -> LocalDate.parse(value.trim());
                case DATETIME -> {
                    if (value.trim().length() == 10) {
                        LocalDate.parse(value.trim());
                    } else {
                        LocalDateTime.parse(value.trim());
                    }
                }
                default -> {
                }
            }
            return true;
        } catch (RuntimeException e) {
            v.check(true, field, "INVALID_VALUE_FOR_TYPE", value, type);
            return false;
        }
    }

    private static String text(Object raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private static List<String> list(Object raw) {
        List<String> out = new ArrayList<>();
        if (raw instanceof List<?> l) {
            l.stream().filter(Objects::nonNull).map(x -> x.toString().trim()).filter(x -> !x.isEmpty()).forEach(out::add);
        } else if (raw != null) {
            for (String s : raw.toString().split("[,，\\n]")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static Map<String, CatalogItemView> items(CatalogEntryView entry) {
        Map<String, CatalogItemView> items = new LinkedHashMap<>();
        entry.items().forEach(i -> items.put(i.code(), i));
        return items;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String code, Validation v,
                                               E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                v.check(true, field, "REQUIRED");
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.check(true, field, code, value);
            return null;
        }
    }
}
