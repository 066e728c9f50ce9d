/**
 * Events as JSON: Disputatio's documented, human-editable JSON format, and JSON Lines for
 * corpora too large to hold in memory.
 *
 * <p>{@link org.disputatio.io.json.EventJson} is the entry point:
 * {@code EventJson.defaults().read(path)} reads an {@link org.disputatio.model.Event},
 * {@code write(event)} writes one, {@code readLines} streams a corpus lazily, and
 * {@link org.disputatio.io.json.EventJson#with(org.disputatio.io.ReadSettings)} changes the limits that make reading safe
 * on untrusted input. Every read failure is an {@link org.disputatio.io.EventReadException} with
 * line, column and path. An application that has its own Jackson 3 mapper registers
 * {@link org.disputatio.io.json.DisputatioJsonModule} instead (found by {@code ServiceLoader});
 * the format is the same. The JSON Schema of the format, {@code event.schema.json}, is a resource
 * of this package.
 *
 * <p>The values read and written are those of {@link org.disputatio.model}; reading checks the
 * format only, and {@link org.disputatio.validation.EventValidator} finds what a well-formed
 * document gets wrong ({@link org.disputatio.io.json.EventJson#readAndValidate(java.nio.file.Path)}
 * does both). The XML format lives in the module {@code org.disputatio.io.xml}.
 */
package org.disputatio.io.json;
