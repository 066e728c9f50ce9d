/**
 * What every Disputatio reader shares: {@link org.disputatio.io.EventReadException}, the one
 * exception thrown when a document cannot be read, saying what is wrong and where (source, line,
 * column, and the path of the value in the document).
 *
 * <p>The readers and writers are in their own modules, so that an application pulls in only the
 * format it uses: {@code org.disputatio.io.json.EventJson} (module {@code org.disputatio.io.json},
 * JSON and JSON Lines) and {@code org.disputatio.io.xml.EventXml} (module
 * {@code org.disputatio.io.xml}). Both read into and write from the values of
 * {@link org.disputatio.model}. Reading checks the format only; what a well-formed document gets
 * wrong is reported by {@link org.disputatio.validation.EventValidator}.
 */
package org.disputatio.io;
