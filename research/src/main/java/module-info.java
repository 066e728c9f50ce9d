/**
 * Corpora of events as flat tables for research: participations, events, items, people,
 * organisations, affiliations and co-appearances, as plain Java rows, as CSV, and in an embedded
 * DuckDB database for SQL and Parquet.
 */
module org.disputatio.research {
    requires transitive org.disputatio.core;
    requires org.disputatio.io.json;
    requires transitive java.sql;
    requires duckdb.jdbc;

    exports org.disputatio.research;
}
