/**
 * Corpora of events as tables.
 *
 * <p>A {@link org.disputatio.research.Corpus} holds events in memory or streams them from JSON
 * Lines, JSON and XML files; {@link org.disputatio.research.Tables} names the tables derived
 * from them, each a {@link org.disputatio.research.Table} of rows (records) with a documented
 * list of {@link org.disputatio.research.Column columns}. {@link org.disputatio.research.Queries}
 * answers the first questions researchers ask in plain Java, {@link org.disputatio.research.Csv}
 * writes RFC 4180 CSV, and {@link org.disputatio.research.DuckDb} loads the tables into an
 * embedded DuckDB database for SQL, Parquet and JSON.
 */
package org.disputatio.research;
