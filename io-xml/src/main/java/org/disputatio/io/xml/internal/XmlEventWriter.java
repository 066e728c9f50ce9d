package org.disputatio.io.xml.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Writes one event as a document in the format's namespace by interpreting its
 * {@link Shapes shape} in the {@link XmlShape layout} of the XSD, omitting absent values; indents
 * with two spaces when pretty. One instance per write.
 */
public final class XmlEventWriter {

    private final XMLStreamWriter w;
    private final boolean pretty;
    private int depth;
    /** Whether the element being written has child elements yet (so its end tag goes on its own line). */
    private boolean hasChildren;
    /** The property path of the value being written, for refusals: a name and a list index (-1) per level. */
    private String[] pathNames = new String[16];
    private int[] pathIndexes = new int[16];
    private int pathLength;

    /**
     * A writer to this stream writer.
     *
     * @param writer where the document goes; not repairing namespaces
     * @param pretty indent with two spaces and end with a newline
     */
    public XmlEventWriter(XMLStreamWriter writer, boolean pretty) {
        this.w = writer;
        this.pretty = pretty;
    }

    /**
     * Writes the event as a whole document: the XML declaration and one {@code event} element.
     *
     * @param e the event
     * @throws XMLStreamException if the stream writer fails
     * @throws EventWriteException if a value the format requires is missing, a code is not
     *     spelled as one, or a text holds a character no document may hold
     */
    public void writeDocument(Event e) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        newline();
        w.setDefaultNamespace(XmlNames.NAMESPACE);
        w.writeStartElement(XmlNames.NAMESPACE, "event");
        w.writeDefaultNamespace(XmlNames.NAMESPACE);
        depth = 1;
        hasChildren = false;
        content(XmlShape.of(Shapes.EVENT), e);
        end();
        newline();
        w.writeEndDocument();
    }

    /** The attributes, then the child elements, of an object's element, which is open. */
    private <T> void content(XmlShape<T> layout, T object) throws XMLStreamException {
        for (Property<T, ?> property : layout.attributes) {
            Object value = property.valueIn(object);
            if (value == null) {
                requireAbsent(property);
            } else {
                String text = format(property.type(), value, property.name());
                w.writeAttribute(property.name(), writable(text, property.name()));
            }
        }
        for (Property<T, ?> property : layout.elements) {
            Object value = property.valueIn(object);
            if (value == null) {
                requireAbsent(property);
                continue;
            }
            enter(property.name());
            String element = property.elementName();
            ValueType<?> type = property.type();
            if (type instanceof ValueType.ListOf) {
                ValueType<?> elementType = ((ValueType.ListOf<?>) type).element();
                List<?> values = (List<?>) value;
                for (int i = 0; i < values.size(); i++) {
                    pathIndexes[pathLength - 1] = i;
                    child(element, elementType, values.get(i), true);
                }
            } else {
                child(element, type, value, false);
            }
            pathLength--;
        }
    }

    /** One value as a child element; a localized text in a list is wrapped, its translations in {@code <text>}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void child(String element, ValueType<?> type, Object value, boolean inList) throws XMLStreamException {
        switch (type.kind()) {
            case TEXT:
                if (inList) {
                    start(element);
                    texts("text", (LocalizedText) value);
                    end();
                } else {
                    texts(element, (LocalizedText) value);
                }
                break;
            case OBJECT:
                start(element);
                content(XmlShape.of(((ValueType.Nested) type).shape()), value);
                end();
                break;
            default:
                plain(element, format(type, value, null));
        }
    }

    private void requireAbsent(Property<?, ?> property) {
        if (property.isRequired()) {
            throw EventWriteException.at(path(property.name()), "the value is missing and the XML format requires it");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String format(ValueType<?> type, Object value, String attribute) {
        try {
            return ((ValueType.Scalar) type).format(value);
        } catch (IllegalArgumentException e) {
            throw EventWriteException.at(path(attribute), e.getMessage());
        }
    }

    // ---------------------------------------------------------------- primitives

    /** One element per translation: {@code <title xml:lang="fr">…</title>}. */
    private void texts(String element, LocalizedText text) throws XMLStreamException {
        for (Map.Entry<String, String> translation : text.asMap().entrySet()) {
            String tag = translation.getKey();
            if (!ValueSyntax.writable(tag, true) || !ValueSyntax.writable(translation.getValue(), false)) {
                writable(tag, tag, true);
                writable(translation.getValue(), tag, false);
            }
            indent();
            w.writeStartElement(XmlNames.NAMESPACE, element);
            w.writeAttribute("xml", XmlNames.XML_NAMESPACE, "lang", tag);
            w.writeCharacters(translation.getValue());
            w.writeEndElement();
        }
    }

    private void plain(String element, String value) throws XMLStreamException {
        writable(value, null);
        indent();
        w.writeStartElement(XmlNames.NAMESPACE, element);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /**
     * The text, if a document may hold it ({@link ValueSyntax#unwritable(String, boolean)}): XML 1.0
     * cannot represent the other characters at all, not even as character references, and no
     * reader reads back a string longer than its default limits.
     *
     * @param last the last segment of the value's path, or null for the value being written
     */
    private String writable(String text, String last) {
        return writable(text, last, false);
    }

    private String writable(String text, String last, boolean languageTag) {
        if (!ValueSyntax.writable(text, languageTag)) {
            throw EventWriteException.at(path(last), ValueSyntax.unwritable(text, languageTag));
        }
        return text;
    }

    /** Enters a property of the object being written: the path grows by its name. */
    private void enter(String name) {
        if (pathLength == pathNames.length) {
            pathNames = Arrays.copyOf(pathNames, pathLength * 2);
            pathIndexes = Arrays.copyOf(pathIndexes, pathLength * 2);
        }
        pathNames[pathLength] = name;
        pathIndexes[pathLength] = -1;
        pathLength++;
    }

    /** The property path of the value being written, extended by one name if given: {@code people[0].name.family}. */
    private String path(String last) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < pathLength; i++) {
            if (i > 0) {
                path.append('.');
            }
            path.append(pathNames[i]);
            if (pathIndexes[i] >= 0) {
                path.append('[').append(pathIndexes[i]).append(']');
            }
        }
        if (last != null) {
            path.append(path.length() == 0 ? "" : ".").append(last);
        }
        return path.toString();
    }

    private void start(String element) throws XMLStreamException {
        indent();
        w.writeStartElement(XmlNames.NAMESPACE, element);
        depth++;
        hasChildren = false;
    }

    private void end() throws XMLStreamException {
        depth--;
        if (hasChildren && pretty) {
            newline();
            for (int i = 0; i < depth; i++) {
                w.writeCharacters("  ");
            }
        }
        w.writeEndElement();
        hasChildren = true;
    }

    /** Starts a child element's line. */
    private void indent() throws XMLStreamException {
        hasChildren = true;
        if (pretty) {
            w.writeCharacters("\n");
            for (int i = 0; i < depth; i++) {
                w.writeCharacters("  ");
            }
        }
    }

    private void newline() throws XMLStreamException {
        if (pretty) {
            w.writeCharacters("\n");
        }
    }
}
