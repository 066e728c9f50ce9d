/**
 * Events as XML: Disputatio's namespaced XML format, read by a hardened parser that never
 * fetches anything.
 *
 * <p>{@link org.disputatio.io.xml.EventXml} is the entry point:
 * {@code EventXml.defaults().read(path)} reads an {@link org.disputatio.model.Event},
 * {@code write(event)} writes one, and {@link org.disputatio.io.xml.EventXml#with(org.disputatio.io.ReadSettings)} changes
 * the limits that make reading safe on untrusted input. Every read failure is an
 * {@link org.disputatio.io.EventReadException} with line, column and an XPath-like path. The
 * format puts localized text in elements carrying {@code xml:lang} and ids and references in
 * attributes; its XML Schema, {@code event.xsd}, is a resource of this package.
 *
 * <p>The values read and written are those of {@link org.disputatio.model}; reading checks the
 * format only, and {@link org.disputatio.validation.EventValidator} finds what a well-formed
 * document gets wrong. The JSON format, with the same concepts and names, lives in the module
 * {@code org.disputatio.io.json}.
 */
package org.disputatio.io.xml;
