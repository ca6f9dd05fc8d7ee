package org.govdx.quality.internal;

import org.govdx.source.MountedTable;

/** The few SQL differences between the source databases a scan runs on. */
enum SqlDialect {
    POSTGRES,
    MYSQL,
    H2;

    static SqlDialect of(MountedTable table) {
        if (table.isPostgres()) {
            return POSTGRES;
        }
        return table.isMySql() ? MYSQL : H2;
    }

    /** {@code expr} matches the bound pattern {@code ?}. */
    String regex(String expr) {
        return switch (this) {
            case POSTGRES -> "(" + expr + " ~ ?)";
            case MYSQL -> "(" + expr + " REGEXP ?)";
            case H2 -> "REGEXP_LIKE(" + expr + ", ?)";
        };
    }

    /**
     * Like {@link #regex} but case-sensitive on every database (MariaDB's usual collations ignore case,
     * which would let a lower-case x pass an ID number's check): for the built-in ASCII shapes only.
     */
    String exactRegex(String expr) {
        return this == MYSQL ? "(BINARY " + expr + " REGEXP ?)" : regex(expr);
    }

    /** The value of {@code expr} as text. */
    String text(String expr) {
        return switch (this) {
            case POSTGRES -> "CAST(" + expr + " AS TEXT)";
            case MYSQL -> "CAST(" + expr + " AS CHAR)";
            case H2 -> "CAST(" + expr + " AS VARCHAR)";
        };
    }

    /** A date as {@code yyyyMMdd} text. */
    String yyyymmdd(String expr) {
        return switch (this) {
            case POSTGRES -> "TO_CHAR(" + expr + ", 'YYYYMMDD')";
            case MYSQL -> "DATE_FORMAT(" + expr + ", '%Y%m%d')";
            case H2 -> "FORMATDATETIME(" + expr + ", 'yyyyMMdd')";
        };
    }

    /** Compares two one-character texts case-sensitively. */
    String differs(String a, String b) {
        return this == MYSQL ? "(BINARY " + a + " <> BINARY " + b + ")" : "(" + a + " <> " + b + ")";
    }
}
