package org.govdx.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.govdx.catalog.CatalogClassification;
import org.govdx.catalog.CatalogEntryRequest;
import org.govdx.catalog.CatalogEntryRequest.CatalogItemRequest;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.catalog.OpenType;
import org.govdx.catalog.ResourceFormat;
import org.govdx.catalog.ShareMode;
import org.govdx.catalog.ShareType;
import org.govdx.catalog.UpdateCycle;
import org.govdx.common.FieldProblem;
import org.govdx.common.masking.MaskingParams;
import org.govdx.common.masking.MaskingRule;

/**
 * The rules a catalog entry must satisfy, checked all at once so that the provider learns every
 * problem in one answer:
 * <ul>
 *   <li>required metadata of the catalog guide, lengths, known enumerated values;</li>
 *   <li>a classification of the tree at 项 level or below;</li>
 *   <li>a conditional entry states its scope and use ({@code shareCondition}); a not-shared entry its
 *       reason ({@code shareCondition}) and legal basis ({@code legalBasis}) — 条例 Art. 14–15;</li>
 *   <li>a shared entry names its share mode; a conditionally open entry its open condition;</li>
 *   <li>the open type is not wider than the share type (not shared → not open; conditional → at most
 *       conditional opening);</li>
 *   <li>the grade allows the open type ({@link DataGrade#widestOpenType()});</li>
 *   <li>at least one item; item codes are simple ASCII and unique within the entry (ignoring case);
 *       masking parameters fit their rule;</li>
 *   <li>related resource codes exist and are not the entry itself.</li>
 * </ul>
 */
final class EntryRules {

    static final int MAX_ITEMS = 500;
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern RESOURCE_CODE = Pattern.compile("\\d{3,16}/\\d{6}");

    private EntryRules() {
    }

    /** The outcome: the content when {@code problems} is empty. */
    record Result(EntryContent content, List<FieldProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks a complete request.
     *
     * @param classifications finds a classification by code (null when unknown)
     * @param codeExists      true when a resource code belongs to an entry
     * @param selfCode        the entry's own code, or null for a new entry
     */
    static Result check(CatalogEntryRequest r, Function<String, CatalogClassification> classifications,
                        Predicate<String> codeExists, String selfCode) {
        List<FieldProblem> p = new ArrayList<>();
        String name = text(r.name());
        String summary = text(r.summary());
        required(p, name, "name", 200);
        required(p, summary, "summary", 4000);

        String classification = text(r.classification());
        if (classification == null) {
            p.add(new FieldProblem("classification", "REQUIRED"));
        } else {
            CatalogClassification node = classifications.apply(classification);
            if (node == null) {
                p.add(new FieldProblem("classification", "UNKNOWN_CLASSIFICATION", classification));
            } else if (!node.assignable()) {
                p.add(new FieldProblem("classification", "CLASSIFICATION_TOO_BROAD", classification));
            }
        }
        ResourceFormat format = requiredEnum(p, ResourceFormat.class, r.format(), "format");
        ShareType shareType = requiredEnum(p, ShareType.class, r.shareType(), "shareType");
        ShareMode shareMode = optionalEnum(p, ShareMode.class, r.shareMode(), "shareMode");
        OpenType openType = optionalEnum(p, OpenType.class, r.openType(), "openType");
        UpdateCycle updateCycle = requiredEnum(p, UpdateCycle.class, r.updateCycle(), "updateCycle");
        DataGrade grade = requiredEnum(p, DataGrade.class, r.grade(), "grade");
        if (openType == null && text(r.openType()) == null) {
            openType = OpenType.NOT_OPEN;
        }
        String shareCondition = text(r.shareCondition());
        String legalBasis = text(r.legalBasis());
        String openCondition = text(r.openCondition());
        tooLong(p, shareCondition, "shareCondition", 2000);
        tooLong(p, legalBasis, "legalBasis", 2000);
        tooLong(p, openCondition, "openCondition", 2000);

        if (shareType == ShareType.CONDITIONAL && shareCondition == null) {
            p.add(new FieldProblem("shareCondition", "SHARE_CONDITION_REQUIRED"));
        }
        if (shareType == ShareType.NONE) {
            if (shareCondition == null) {
                p.add(new FieldProblem("shareCondition", "NOT_SHARED_REASON_REQUIRED"));
            }
            if (legalBasis == null) {
                p.add(new FieldProblem("legalBasis", "LEGAL_BASIS_REQUIRED"));
            }
        }
        if (shareType != null && shareType != ShareType.NONE && shareMode == null && text(r.shareMode()) == null) {
            p.add(new FieldProblem("shareMode", "REQUIRED"));
        }
        if (openType == OpenType.CONDITIONAL && openCondition == null) {
            p.add(new FieldProblem("openCondition", "OPEN_CONDITION_REQUIRED"));
        }
        if (openType != null && shareType != null && openType.breadth() > shareType.breadth()) {
            p.add(new FieldProblem("openType", "OPEN_WIDER_THAN_SHARE", openType.name(), shareType.name()));
        } else if (openType != null && grade != null && !grade.allows(openType)) {
            p.add(new FieldProblem("openType", "GRADE_FORBIDS_OPEN_TYPE", grade.name(), openType.name(),
                    grade.widestOpenType().name()));
        }

        List<String> tags = cleanList(r.tags());
        if (tags.size() > 20) {
            p.add(new FieldProblem("tags", "TOO_MANY", 20));
        }
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).length() > 32) {
                p.add(new FieldProblem("tags[" + i + "]", "TOO_LONG", 32));
            }
        }
        List<String> relatedCodes = cleanList(r.relatedCodes());
        for (int i = 0; i < relatedCodes.size(); i++) {
            String code = relatedCodes.get(i);
            String field = "relatedCodes[" + i + "]";
            if (!RESOURCE_CODE.matcher(code).matches()) {
                p.add(new FieldProblem(field, "INVALID_RESOURCE_CODE", code));
            } else if (code.equals(selfCode)) {
                p.add(new FieldProblem(field, "RELATED_CODE_IS_SELF", code));
            } else if (!codeExists.test(code)) {
                p.add(new FieldProblem(field, "UNKNOWN_RESOURCE_CODE", code));
            }
        }
        if (relatedCodes.size() > 50) {
            p.add(new FieldProblem("relatedCodes", "TOO_MANY", 50));
        }

        List<CatalogItemView> items = items(p, r.items(), grade);
        if (!p.isEmpty()) {
            return new Result(null, p);
        }
        return new Result(new EntryContent(name, summary, classification, format, shareType, shareCondition,
                legalBasis, shareType == ShareType.NONE ? null : shareMode, openType, openCondition, updateCycle,
                grade, tags, relatedCodes, items), List.of());
    }

    private static List<CatalogItemView> items(List<FieldProblem> p, List<CatalogItemRequest> requested,
                                               DataGrade entryGrade) {
        List<CatalogItemView> items = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            p.add(new FieldProblem("items", "ITEMS_REQUIRED"));
            return items;
        }
        if (requested.size() > MAX_ITEMS) {
            p.add(new FieldProblem("items", "TOO_MANY", MAX_ITEMS));
            return items;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            CatalogItemRequest item = requested.get(i);
            String prefix = "items[" + i + "].";
            if (item == null) {
                p.add(new FieldProblem("items[" + i + "]", "REQUIRED"));
                continue;
            }
            String code = text(item.code());
            if (code == null) {
                p.add(new FieldProblem(prefix + "code", "REQUIRED"));
            } else if (!ITEM_CODE.matcher(code).matches()) {
                p.add(new FieldProblem(prefix + "code", "INVALID_ITEM_CODE", code));
            } else {
                Integer first = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    p.add(new FieldProblem(prefix + "code", "DUPLICATE_ITEM_CODE", code, first + 1));
                }
            }
            String name = text(item.name());
            required(p, name, prefix + "name", 100);
            ItemDataType dataType = requiredEnum(p, ItemDataType.class, item.dataType(), prefix + "dataType");
            if (item.length() != null && (item.length() < 1 || item.length() > 100_000)) {
                p.add(new FieldProblem(prefix + "length", "OUT_OF_RANGE", 1, 100_000));
            }
            String description = text(item.description());
            tooLong(p, description, prefix + "description", 500);
            DataGrade grade = optionalEnum(p, DataGrade.class, item.grade(), prefix + "grade");
            MaskingRule rule = optionalEnum(p, MaskingRule.class, item.maskingRule(), prefix + "maskingRule");
            String params = text(item.maskingParams());
            if (rule == null) {
                rule = MaskingRule.NONE;
            }
            params = maskingParams(p, prefix + "maskingParams", rule, params);
            items.add(new CatalogItemView(code, name, dataType, item.length(), description,
                    grade != null ? grade : entryGrade, rule, params, Boolean.TRUE.equals(item.key())));
        }
        return items;
    }

    /** Checks the parameters against the rule; returns them normalised ({@code n=3,m=4}) or null. */
    private static String maskingParams(List<FieldProblem> p, String field, MaskingRule rule, String params) {
        if (params == null) {
            return null;
        }
        MaskingParams parsed;
        try {
            parsed = MaskingParams.parse(params);
        } catch (IllegalArgumentException e) {
            p.add(new FieldProblem(field, "INVALID_MASKING_PARAMS", params));
            return null;
        }
        switch (rule) {
            case KEEP_FIRST_N_LAST_M -> {
                if (parsed.x() != null || parsed.y() != null || (parsed.n() == null && parsed.m() == null)) {
                    p.add(new FieldProblem(field, "INVALID_MASKING_PARAMS", params));
                    return null;
                }
                return join("n", parsed.n(), "m", parsed.m());
            }
            case MASK_FROM_X_TO_Y -> {
                if (parsed.n() != null || parsed.m() != null || parsed.x() == null || parsed.y() == null
                        || parsed.x() < 1 || parsed.y() < parsed.x()) {
                    p.add(new FieldProblem(field, "INVALID_MASKING_PARAMS", params));
                    return null;
                }
                return join("x", parsed.x(), "y", parsed.y());
            }
            default -> {
                p.add(new FieldProblem(field, "MASKING_PARAMS_NOT_USED", rule.name()));
                return null;
            }
        }
    }

    private static String join(String a, Integer av, String b, Integer bv) {
        List<String> parts = new ArrayList<>();
        if (av != null) {
            parts.add(a + "=" + av);
        }
        if (bv != null) {
            parts.add(b + "=" + bv);
        }
        return String.join(",", parts);
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static void required(List<FieldProblem> p, String value, String field, int max) {
        if (value == null) {
            p.add(new FieldProblem(field, "REQUIRED"));
        } else {
            tooLong(p, value, field, max);
        }
    }

    private static void tooLong(List<FieldProblem> p, String value, String field, int max) {
        if (value != null && value.length() > max) {
            p.add(new FieldProblem(field, "TOO_LONG", max));
        }
    }

    private static <E extends Enum<E>> E requiredEnum(List<FieldProblem> p, Class<E> type, String value,
                                                      String field) {
        if (text(value) == null) {
            p.add(new FieldProblem(field, "REQUIRED"));
            return null;
        }
        return optionalEnum(p, type, value, field);
    }

    private static <E extends Enum<E>> E optionalEnum(List<FieldProblem> p, Class<E> type, String value,
                                                      String field) {
        String t = text(value);
        if (t == null) {
            return null;
        }
        E parsed = Enums.parse(type, t);
        if (parsed == null) {
            p.add(new FieldProblem(field, "INVALID_ENUM", t, allowed(type)));
        }
        return parsed;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** Trimmed, non-blank, first occurrence of each value. */
    static List<String> cleanList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String t = text(v);
            if (t != null) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }
}
