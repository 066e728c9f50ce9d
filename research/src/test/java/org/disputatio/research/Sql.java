package org.disputatio.research;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs SQL in tests and turns results into the shapes the Java API returns. */
final class Sql {

    private Sql() {
    }

    /** The rows of a two-column query (value, count) as counts in the order of {@link Queries}. */
    static List<Queries.Count> counts(Connection connection, String query) throws SQLException {
        List<Queries.Count> counts = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                Object value = result.getObject(1);
                counts.add(new Queries.Count(value == null ? null : value.toString(), result.getLong(2)));
            }
        }
        counts.sort(java.util.Comparator.comparingLong(Queries.Count::count).reversed()
                .thenComparing(Queries.Count::value, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return counts;
    }

    /** The counts of a column of a table or a file: {@code SELECT column, count(*) FROM source GROUP BY 1}. */
    static List<Queries.Count> countBy(Connection connection, String column, String source) throws SQLException {
        return counts(connection, "SELECT CAST(" + column + " AS VARCHAR), count(*) FROM " + source + " GROUP BY 1");
    }

    /** Every row of a query, each a list of its values as strings (null for NULL). */
    static List<List<String>> rows(Connection connection, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static long single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
