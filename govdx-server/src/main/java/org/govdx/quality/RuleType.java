package org.govdx.quality;

/**
 * The kinds of quality rule. Row rules are evaluated together in one aggregate query on the source;
 * cross-entry rules (referential, multi-source) compare two mounted entries; timeliness and
 * availability look at the entry as a whole.
 */
public enum RuleType {
    /** Item not null and not blank. Params: none. */
    NOT_NULL(QualityDimension.COMPLETENESS, Kind.ROW),
    /** When one of the items is filled, all must be. Params: {@code items} (list of item codes). */
    REQUIRED_TOGETHER(QualityDimension.COMPLETENESS, Kind.ROW),
    /** Value matches a regular expression. Params: {@code pattern}. */
    REGEX(QualityDimension.ACCURACY, Kind.ROW),
    /** Value is in a code list. Params: {@code values} (list). */
    ALLOWED_VALUES(QualityDimension.ACCURACY, Kind.ROW),
    /** Number or date within a range. Params: {@code min} and/or {@code max}. */
    RANGE(QualityDimension.ACCURACY, Kind.ROW),
    /** Text length within bounds. Params: {@code min} and/or {@code max}. */
    LENGTH(QualityDimension.ACCURACY, Kind.ROW),
    /** Text holds a value of a type. Params: {@code type} (INTEGER, DECIMAL, DATE, DATETIME). */
    DATA_TYPE(QualityDimension.ACCURACY, Kind.ROW),
    /** 居民身份证号 check character (GB 11643, MOD 11-2, X for 10). */
    ID_CARD(QualityDimension.ACCURACY, Kind.ROW),
    /** 统一社会信用代码 check character (GB 32100, mod 31). */
    CREDIT_CODE(QualityDimension.ACCURACY, Kind.ROW),
    /** The birth date inside the ID number equals a birth-date item. Params: {@code birthItem}. */
    BIRTH_DATE_MATCH(QualityDimension.ACCURACY, Kind.ROW),
    /** Key values are unique. */
    UNIQUE(QualityDimension.ACCURACY, Kind.ROW),
    /** An end item is not before a start item (the rule's item). Params: {@code endItem}. */
    END_AFTER_START(QualityDimension.ACCURACY, Kind.ROW),
    /** Values exist in another mounted entry. Params: {@code refEntryId}, {@code refItem}. */
    REFERENTIAL(QualityDimension.ACCURACY, Kind.CROSS),
    /**
     * The same fact in another provider's entry, compared on a join key. Params: {@code keyItem},
     * {@code otherEntryId}, {@code otherKeyItem}, {@code otherItem}.
     */
    MULTI_SOURCE(QualityDimension.ACCURACY, Kind.CROSS),
    /** Newest change timestamp against the entry's update cycle. Params: optional {@code maxAgeHours}. */
    TIMELINESS(QualityDimension.TIMELINESS, Kind.ENTRY),
    /** The mount answers on each check; share of successful exchange calls. Params: optional {@code days}. */
    AVAILABILITY(QualityDimension.AVAILABILITY, Kind.ENTRY);

    /** How a rule is evaluated. */
    public enum Kind {
        ROW,
        CROSS,
        ENTRY
    }

    private final QualityDimension defaultDimension;
    private final Kind kind;

    RuleType(QualityDimension defaultDimension, Kind kind) {
        this.defaultDimension = defaultDimension;
        this.kind = kind;
    }

    public QualityDimension defaultDimension() {
        return defaultDimension;
    }

    public Kind kind() {
        return kind;
    }

    /** True for the types whose dimension is fixed (timeliness, availability). */
    public boolean fixedDimension() {
        return kind == Kind.ENTRY;
    }
}
