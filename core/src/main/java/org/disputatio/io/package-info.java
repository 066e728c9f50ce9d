/**
 * What every format shares, written once: {@link org.disputatio.io.EventReader} and
 * {@link org.disputatio.io.EventWriter} (a format implements the two stream methods; strings,
 * bytes, files and read-and-validate come with them), {@link org.disputatio.io.ReadSettings} (the
 * same limits, with the same names and defaults, in every format),
 * {@link org.disputatio.io.EventReadException} (the one exception thrown when a document cannot
 * be read, saying what is wrong and where: source, line, column, and the path of the value in the
 * document), and {@link org.disputatio.io.EventFormat} with {@link org.disputatio.io.EventFormats},
 * which finds the formats installed beside core by the file extensions they claim.
 *
 * <p>The formats are in their own modules, so that an application pulls in only the one it uses:
 * {@code org.disputatio.io.json.EventJson} (module {@code org.disputatio.io.json}, JSON and JSON
 * Lines) and {@code org.disputatio.io.xml.EventXml} (module {@code org.disputatio.io.xml}). Each
 * registers an {@link org.disputatio.io.EventFormatProvider} as a service; a new format module
 * plugs in the same way. All read into and write from the values of {@link org.disputatio.model}.
 * Reading checks the format only; what a well-formed document gets wrong is reported by
 * {@link org.disputatio.validation.EventValidator}.
 */
package org.disputatio.io;
