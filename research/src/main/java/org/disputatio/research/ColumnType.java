package org.disputatio.research;

/**
 * The type of a table's column: what the Java row holds, and the SQL type DuckDB gives it.
 * Every column may be null (in CSV, an empty field): a value the source does not give.
 */
public enum ColumnType {
    /** Text: a Java {@link String}; SQL {@code VARCHAR}. */
    VARCHAR("VARCHAR", String.class),
    /** A whole number: a Java {@link Integer}; SQL {@code INTEGER}. */
    INTEGER("INTEGER", Integer.class),
    /** True or false: a Java {@link Boolean}; SQL {@code BOOLEAN}; in CSV {@code true}/{@code false}. */
    BOOLEAN("BOOLEAN", Boolean.class),
    /** A calendar date: a Java {@link java.time.LocalDate}; SQL {@code DATE}; in CSV {@code 2017-04-06}. */
    DATE("DATE", java.time.LocalDate.class),
    /** A time of day: a Java {@link java.time.LocalTime}; SQL {@code TIME}; in CSV {@code 09:30:00}. */
    TIME("TIME", java.time.LocalTime.class);

    private final String sql;
    private final Class<?> javaType;

    ColumnType(String sql, Class<?> javaType) {
        this.sql = sql;
        this.javaType = javaType;
    }

    /**
     * The SQL type of the column in DuckDB.
     *
     * @return such as {@code VARCHAR}
     */
    public String sql() {
        return sql;
    }

    /**
     * The Java type of the column's values.
     *
     * @return such as {@code String.class}
     */
    public Class<?> javaType() {
        return javaType;
    }
}
