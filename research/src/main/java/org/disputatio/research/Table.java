package org.disputatio.research;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.disputatio.model.Event;

/**
 * A table derived from events: a name, a documented list of columns, and the rows of each event.
 * The tables are those of {@link Tables}; {@link Corpus#rows(Table)} gives a table's rows over
 * a whole corpus.
 *
 * @param <R> the type of the rows (a record)
 */
public final class Table<R> {

    private final String name;
    private final String description;
    private final Class<R> rowType;
    private final List<Column<R>> columns;
    private final Function<EventRows, List<R>> rows;

    Table(String name, String description, Class<R> rowType, List<Column<R>> columns,
            Function<EventRows, List<R>> rows) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.rowType = Objects.requireNonNull(rowType, "rowType");
        this.columns = List.copyOf(columns);
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /**
     * The table's name, as in SQL and on the command line.
     *
     * @return such as {@code participations}
     */
    public String name() {
        return name;
    }

    /**
     * What one row of the table is, to follow "One row per" in the documentation.
     *
     * @return such as {@code event}
     */
    public String description() {
        return description;
    }

    /**
     * The Java type of the rows.
     *
     * @return a record class
     */
    public Class<R> rowType() {
        return rowType;
    }

    /**
     * The columns, in order.
     *
     * @return the columns, unmodifiable
     */
    public List<Column<R>> columns() {
        return columns;
    }

    /**
     * The column with this name.
     *
     * @param columnName a column's name
     * @return the column, or empty if the table has none of that name
     */
    public Optional<Column<R>> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    /**
     * The rows one event gives, with texts in the event's first language.
     *
     * @param event the event
     * @return the rows, in programme order
     * @throws NullPointerException if the event is null
     */
    public Stream<R> rows(Event event) {
        return rows(event, TableSettings.defaults());
    }

    /**
     * The rows one event gives.
     *
     * @param event the event
     * @param settings the language of the texts
     * @return the rows, in programme order
     * @throws NullPointerException if the event or the settings are null
     */
    public Stream<R> rows(Event event, TableSettings settings) {
        return rows.apply(new EventRows(Objects.requireNonNull(event, "event"), Objects.requireNonNull(settings, "settings")))
                .stream();
    }

    /** The rows of an event whose rows are being computed for several tables. */
    List<R> rows(EventRows eventRows) {
        return rows.apply(eventRows);
    }

    /**
     * A row's values, in column order.
     *
     * @param row the row
     * @return a new array, one value (or null) per column
     */
    public Object[] values(R row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).valueOf(row);
        }
        return values;
    }

    @Override
    public String toString() {
        return name;
    }
}
