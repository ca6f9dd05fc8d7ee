package org.govdx.source.internal;

import java.sql.Types;
import java.util.Locale;
import java.util.Set;
import org.govdx.catalog.ItemDataType;

/**
 * Whether a column's database type can carry an item's data type without loss or guessing:
 * text in text, whole numbers in integer (or zero-scale decimal) columns, any number in a decimal
 * item, dates in DATE columns, date-times in TIMESTAMP columns, and so on.
 */
public final class TypeFit {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
    private static final Set<Integer> WHOLE = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT);
    private static final Set<Integer> FRACTION = Set.of(Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT,
            Types.DOUBLE);
    private static final Set<Integer> BYTES = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    private static final Set<String> TEXT_LIKE_NAMES = Set.of("uuid", "json", "jsonb", "text", "citext", "enum",
            "character varying", "varchar", "char", "bpchar");

    private TypeFit() {
    }

    public static boolean fits(ItemDataType item, SchemaReader.ColumnMeta column) {
        int t = column.jdbcType();
        String name = column.typeName() == null ? "" : column.typeName().toLowerCase(Locale.ROOT);
        return switch (item) {
            case STRING -> TEXT.contains(t) || (t == Types.OTHER && TEXT_LIKE_NAMES.contains(name));
            case INTEGER -> WHOLE.contains(t) || ((t == Types.DECIMAL || t == Types.NUMERIC) && column.scale() == 0);
            case DECIMAL -> WHOLE.contains(t) || FRACTION.contains(t);
            case DATE -> t == Types.DATE;
            case DATETIME -> t == Types.TIMESTAMP || t == Types.TIMESTAMP_WITH_TIMEZONE;
            // MySQL's tinyint(1) is reported as BIT by the MariaDB driver
            case BOOLEAN -> t == Types.BOOLEAN || (t == Types.BIT && column.size() <= 1);
            case BINARY -> BYTES.contains(t);
        };
    }

    /** Columns usable to find changed rows: date-times, dates or increasing numbers. */
    public static boolean usableAsChangeMarker(SchemaReader.ColumnMeta column) {
        int t = column.jdbcType();
        return t == Types.TIMESTAMP || t == Types.TIMESTAMP_WITH_TIMEZONE || t == Types.DATE || WHOLE.contains(t);
    }

    /** A short description of a column type for messages, e.g. {@code varchar(18)}. */
    public static String describe(SchemaReader.ColumnMeta column) {
        String name = column.typeName() == null ? "?" : column.typeName().toLowerCase(Locale.ROOT);
        int t = column.jdbcType();
        if ((TEXT.contains(t) || t == Types.BINARY || t == Types.VARBINARY) && column.size() > 0
                && column.size() < 1_000_000) {
            return name + "(" + column.size() + ")";
        }
        if ((t == Types.DECIMAL || t == Types.NUMERIC) && column.size() > 0) {
            return name + "(" + column.size() + "," + column.scale() + ")";
        }
        return name;
    }
}
