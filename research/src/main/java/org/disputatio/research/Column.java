package org.disputatio.research;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One column of a {@link Table}: its name (lower-case snake case, valid unquoted in SQL), its
 * type, what it holds, and how to read it from a row.
 *
 * @param <R> the type of the table's rows
 * @param name the column's name, such as {@code event_id}
 * @param type the type of its values
 * @param description what it holds, one sentence for the documentation
 * @param value reads the column's value from a row: an instance of {@link ColumnType#javaType()},
 *     or null when the source gives none
 */
public record Column<R>(String name, ColumnType type, String description, Function<R, Object> value) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * Checks the parts.
     *
     * @param name the column's name: lower-case letters, digits and underscores, starting with a letter
     * @param type the type of its values
     * @param description what it holds
     * @param value reads the value from a row
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the name is not lower-case snake case
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a column name is lower-case snake case, not '" + name + "'");
        }
    }

    /**
     * This column's value in a row, checked against its type.
     *
     * @param row the row
     * @return the value, an instance of the type's Java type, or null
     * @throws IllegalStateException if the value is not of the column's type (a bug in the table)
     */
    public Object valueOf(R row) {
        Object result = value.apply(row);
        if (result != null && !type.javaType().isInstance(result)) {
            throw new IllegalStateException("column " + name + " holds a " + result.getClass().getSimpleName()
                    + ", not a " + type.javaType().getSimpleName());
        }
        return result;
    }
}
