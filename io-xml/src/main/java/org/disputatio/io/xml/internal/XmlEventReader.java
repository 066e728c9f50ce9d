package org.disputatio.io.xml.internal;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.COMMENT;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.PROCESSING_INSTRUCTION;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.disputatio.io.EventReadException;
import org.disputatio.io.internal.CheckedOnReading;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Scalars;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.disputatio.io.shape.Values;
import org.disputatio.io.shape.ValuesPool;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Reads one event from a StAX stream by interpreting its {@link Shapes shape} in the
 * {@link XmlShape layout} of the XSD. Each element method starts with the reader on the
 * element's START_ELEMENT and leaves it on its END_ELEMENT.
 *
 * <p>Strict: every element and attribute must be known and in its place, element-only content
 * may hold no text (mixed content is an error, never silently dropped), text elements may hold
 * no elements, localized text carries {@code xml:lang} (a {@code lang} attribute in another
 * namespace is not it), and any DTD is refused. Every problem is an {@link EventReadException}
 * at the offending node with an XPath-like path ({@code /event/programme[1]/day[1]/item[2]/title[1]});
 * {@link XMLStreamException}s pass through for the caller to convert. Not thread-safe: one
 * instance per parse.
 */
public final class XmlEventReader {


    private final XMLStreamReader r;
    private final boolean allowUnknown;
    /** The longest text an element may hold, counted here as well as by the parser (see {@link #content()}). */
    private final int maxTextLength;
    /** The longest element or attribute name; the parser has no such limit. */
    private final int maxNameLength;
    /** The longest integer attribute. */
    private final int maxNumberLength;
    /** The values of the object being read at each depth. */
    private final ValuesPool pool = new ValuesPool();
    /** Open elements, root first: name and 1-based position among same-named siblings. */
    private final Deque<Frame> open = new ArrayDeque<>();
    /** Whether a string or language tag longer than the writers write was read. */
    private boolean overLong;

    /**
     * A reader of the document at the parser's position.
     *
     * @param reader the parser, built hardened by {@code EventXml}
     * @param allowUnknown skip elements and attributes the format does not define, instead of failing
     * @param maxTextLength the longest text an element may hold, in characters
     * @param maxNameLength the longest element or attribute name, in characters
     * @param maxNumberLength the longest integer, in characters
     */
    public XmlEventReader(XMLStreamReader reader, boolean allowUnknown, int maxTextLength, int maxNameLength,
            int maxNumberLength) {
        this.r = reader;
        this.allowUnknown = allowUnknown;
        this.maxTextLength = maxTextLength;
        this.maxNameLength = maxNameLength;
        this.maxNumberLength = maxNumberLength;
    }

    /**
     * An open element, with counts of its children by name for their positions: in two arrays
     * while the names are few (a known element has at most fourteen), in a map beyond, so that
     * an element with a great many differently named children (unknown ones, skipped when
     * lenient) costs linear time, not quadratic.
     */
    private static final class Frame {
        private static final int FEW = 16;

        final String name;
        final int position;
        /** Allocated with the first child: most elements are leaves. */
        private String[] childNames;
        private int[] childCounts;
        private int distinct;
        private java.util.Map<String, int[]> many;

        Frame(String name, int position) {
            this.name = name;
            this.position = position;
        }

        int count(String child) {
            if (many != null) {
                int[] count = many.get(child);
                return count == null ? 0 : count[0];
            }
            for (int i = 0; i < distinct; i++) {
                if (childNames[i].equals(child)) {
                    return childCounts[i];
                }
            }
            return 0;
        }

        int nextPosition(String child) {
            if (many != null) {
                return ++many.computeIfAbsent(child, c -> new int[1])[0];
            }
            for (int i = 0; i < distinct; i++) {
                if (childNames[i].equals(child)) {
                    return ++childCounts[i];
                }
            }
            if (distinct == FEW) {
                many = new java.util.HashMap<>();
                for (int i = 0; i < distinct; i++) {
                    many.put(childNames[i], new int[] {childCounts[i]});
                }
                return nextPosition(child);
            }
            if (childNames == null) {
                childNames = new String[4];
                childCounts = new int[4];
            }
            if (distinct == childNames.length) {
                childNames = java.util.Arrays.copyOf(childNames, distinct * 2);
                childCounts = java.util.Arrays.copyOf(childCounts, distinct * 2);
            }
            childNames[distinct] = child;
            childCounts[distinct] = 1;
            distinct++;
            return 1;
        }
    }

    /**
     * Reads the document: one {@code event} element in the format's namespace, nothing else.
     *
     * @return the event
     * @throws XMLStreamException if the parser fails: malformed XML, a limit exceeded
     * @throws org.disputatio.io.EventReadException if the document is well-formed but not an event
     *     in the format
     */
    public Event readDocument() throws XMLStreamException {
        int event = r.getEventType();
        if (event == START_DOCUMENT) {
            if ("1.1".equals(r.getVersion())) {
                // XML 1.1 allows &#x1; and the like, which the writer (XML 1.0) cannot write back, and its
                // line ends (U+0085, U+2028) are normalised from bytes but not from a String
                throw error("XML 1.1 is not supported: Disputatio documents are XML 1.0");
            }
            event = nextSignificant(true);
        }
        if (event != START_ELEMENT) {
            throw error("no event: the document has no root element");
        }
        if (!XmlNames.NAMESPACE.equals(r.getNamespaceURI()) || !"event".equals(r.getLocalName())) {
            throw error("expected the root element {" + XmlNames.NAMESPACE + "}event, got " + describeElement());
        }
        open.push(new Frame("event", 1));
        Event result = element(Shapes.EVENT, "event"); // leaves the root's frame popped, as every element does at its end
        if (nextSignificant(true) != END_DOCUMENT) {
            throw error("unexpected content after the event");
        }
        // every string was refused if XML 1.0 cannot hold it, which no format can (xml10)
        return overLong ? result : CheckedOnReading.vouch(result);
    }

    // ---------------------------------------------------------------- shapes

    /**
     * An object of this shape, from its element's START_ELEMENT (its frame open) to its
     * END_ELEMENT: the attributes, then the child elements, each read by its declared type.
     *
     * @param name the element's name, for messages once its frame is closed
     */
    private <T> T element(Shape<T> shape, String name) throws XMLStreamException {
        XmlShape<T> layout = XmlShape.of(shape);
        Values values = pool.at(open.size(), shape);
        String[] found = attributes(layout.attributeNames);
        requiredAttributes(layout, found);
        for (int i = 0; i < found.length; i++) {
            if (found[i] != null) {
                attribute(layout.attributes.get(i), found[i], values);
            }
        }
        Object[] pending = null; // the texts and lists being gathered, by property index
        for (String child : children()) {
            Property<T, ?> property = layout.element(child);
            if (property == null) {
                unknown(child, layout.expectedElements);
                continue;
            }
            ValueType<?> type = property.type();
            if (type.kind() == ValueType.Kind.TEXT || type.kind() == ValueType.Kind.LIST) {
                if (pending == null) {
                    pending = new Object[shape.properties().size()];
                }
                gather(property, pending);
            } else {
                single();
                set(values, property, item(type, child));
            }
        }
        if (pending != null) {
            for (Property<T, ?> property : layout.elements) {
                Object gathered = pending[property.index()];
                if (gathered != null) {
                    set(values, property, gathered instanceof LocalizedText.Builder
                            ? ((LocalizedText.Builder) gathered).build() : gathered);
                }
            }
        }
        for (Property<T, ?> property : layout.elements) {
            if (property.isRequired() && !values.has(property)) {
                throw error("missing required element <" + property.elementName() + "> in <" + name
                        + identified(shape, values) + ">", closedPath(name));
            }
        }
        try {
            return shape.build(values);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), closedPath(name));
        }
    }

    /** One more translation of a text, or one more item of a list, into what is being gathered for the property. */
    @SuppressWarnings("unchecked")
    private void gather(Property<?, ?> property, Object[] pending) throws XMLStreamException {
        int index = property.index();
        if (property.type().kind() == ValueType.Kind.TEXT) {
            if (pending[index] == null) {
                pending[index] = LocalizedText.builder();
            }
            text((LocalizedText.Builder) pending[index]);
        } else {
            if (pending[index] == null) {
                pending[index] = new ArrayList<>();
            }
            ((List<Object>) pending[index]).add(item(((ValueType.ListOf<?>) property.type()).element(),
                    property.elementName()));
        }
    }

    /** The value of one child element: a scalar's text, a text wrapped in {@code <text>} elements, or an object. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object item(ValueType<?> type, String element) throws XMLStreamException {
        switch (type.kind()) {
            case SCALAR:
                String text = plainText();
                try {
                    return ((ValueType.Scalar) type).parse(text);
                } catch (IllegalArgumentException e) {
                    throw error("<" + element + ">: " + e.getMessage(), closedPath(element));
                }
            case TEXT:
                return texts();
            default:
                return element(((ValueType.Nested<?>) type).shape(), element);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(Values values, Property property, Object value) {
        values.set(property, value);
    }

    /** An attribute's value, read by its type; the limit on numbers holds before any parsing. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void attribute(Property<?, ?> property, String text, Values values) {
        ValueType.Scalar type = (ValueType.Scalar) property.type();
        if (type.isNumber() && text.length() > maxNumberLength) {
            throw error("attribute " + property.name() + ": a number of " + text.length()
                    + " characters, more than the limit maxNumberLength (" + maxNumberLength + ")");
        }
        try {
            set(values, property, type.parse(text));
        } catch (IllegalArgumentException e) {
            throw error("attribute " + property.name() + ": " + e.getMessage());
        }
    }

    /** {@code  id="…"} when the object has an id, to tell which one lacks something. */
    private static String identified(Shape<?> shape, Values values) {
        Property<?, ?> id = shape.property("id");
        return id != null && values.has(id) ? " id=\"" + values.get(id) + "\"" : "";
    }

    // ---------------------------------------------------------------- structure

    /**
     * The names of the current element's child elements, each returned with the reader on its
     * START_ELEMENT; the caller reads the child to its END_ELEMENT before asking for the next.
     * Text between children must be white space.
     */
    private Iterable<String> children() {
        return () -> new Iterator<>() {
            private String next;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    next = nextChild();
                    fetched = true;
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                return next;
            }
        };
    }

    /** Moves to the next child element and returns its name, or to the parent's end and returns null. */
    private String nextChild() {
        try {
            int event = nextSignificant(false);
            if (event == END_ELEMENT) {
                open.pop();
                return null;
            }
            // START_ELEMENT: in our namespace, or unknown
            String name = r.getLocalName();
            Frame parent = open.peek();
            open.push(new Frame(name, parent.nextPosition(name)));
            name(name);
            for (int i = 0; i < r.getAttributeCount(); i++) {
                name(r.getAttributeLocalName(i));
            }
            if (!XmlNames.NAMESPACE.equals(r.getNamespaceURI())) {
                throw error("element " + describeElement() + " is not in the format's namespace " + XmlNames.NAMESPACE);
            }
            return name;
        } catch (XMLStreamException e) {
            throw new UncheckedXml(e);
        }
    }

    /**
     * The next event that matters: white space, comments and processing instructions are
     * skipped; other text is mixed content and refused; a DTD is refused.
     *
     * @param outside whether the reader is outside the root element (in the prolog or epilog)
     */
    private int nextSignificant(boolean outside) throws XMLStreamException {
        while (true) {
            int event = r.next();
            switch (event) {
                case START_ELEMENT:
                case END_ELEMENT:
                case END_DOCUMENT:
                    return event;
                case COMMENT:
                case PROCESSING_INSTRUCTION:
                case SPACE:
                    continue;
                case CHARACTERS:
                case CDATA:
                    if (r.isWhiteSpace()) {
                        continue;
                    }
                    throw error(outside ? "text outside the root element"
                            : "text is not allowed in <" + open.peek().name + ">, which holds elements only "
                            + "(mixed content)");
                case DTD:
                    throw error("a DOCTYPE is not allowed: Disputatio documents have no DTD");
                case ENTITY_REFERENCE:
                    throw error("entity references are not allowed: &" + r.getLocalName() + ";");
                default:
                    throw error("unexpected XML content (event type " + event + ")");
            }
        }
    }

    /** An element that must have no content. */
    private void empty() throws XMLStreamException {
        for (String child : children()) {
            unknown(child, "no child elements");
        }
    }

    /** A localized text element: {@code <title xml:lang="fr">Ouverture</title>}, added to the builder. */
    private void text(LocalizedText.Builder into) throws XMLStreamException {
        String language = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String namespace = r.getAttributeNamespace(i);
            String name = r.getAttributeLocalName(i);
            if (XmlNames.XML_NAMESPACE.equals(namespace) && "lang".equals(name)) {
                language = xml10(r.getAttributeValue(i), "xml:lang");
            } else {
                unknownAttribute(i, "xml:lang");
            }
        }
        if (language == null) {
            throw error("missing xml:lang on <" + open.peek().name + ">");
        }
        if (language.length() > maxNameLength) {
            // JSON holds a language tag as a property name: the same limit, so that both formats read the same events
            throw error("attribute xml:lang: a language tag of " + language.length()
                    + " characters, more than the limit maxNameLength (" + maxNameLength + ")");
        }
        if (language.length() > ValueSyntax.MAX_WRITTEN_TAG) {
            overLong = true;
        }
        String element = open.peek().name;
        String text = content();
        try {
            into.put(language, text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), closedPath(element));
        }
    }

    /** An element holding a localized text as {@code <text xml:lang="…">} children: an element of a list. */
    private LocalizedText texts() throws XMLStreamException {
        attributes();
        LocalizedText.Builder text = LocalizedText.builder();
        for (String child : children()) {
            if (child.equals("text")) {
                text(text);
            } else {
                unknown(child, "text");
            }
        }
        return text.build();
    }

    /** A text element without attributes: {@code <language>fr</language>}. */
    private String plainText() throws XMLStreamException {
        attributes();
        return content();
    }

    /**
     * The text content of the current element, which may hold no elements. Its length is
     * checked here: Woodstox hands long text over in segments and does not count the characters
     * that character and entity references expand to ({@code x&amp;} repeated reads as a text of any
     * length), so its own text limit alone does not hold.
     */
    private String content() throws XMLStreamException {
        StringBuilder text = null;
        String single = null;
        long length = 0;
        while (true) {
            int event = r.next();
            switch (event) {
                case CHARACTERS:
                case CDATA:
                case SPACE:
                    length += r.getTextLength();
                    if (length > maxTextLength) {
                        throw error("text size limit (" + maxTextLength + ") exceeded in <" + open.peek().name + ">");
                    }
                    String part = r.getText();
                    if (single == null && text == null) {
                        single = part;
                    } else {
                        if (text == null) {
                            text = new StringBuilder(single);
                        }
                        text.append(part);
                    }
                    break;
                case COMMENT:
                case PROCESSING_INSTRUCTION:
                    break;
                case END_ELEMENT:
                    String content = xml10(text != null ? text.toString() : single == null ? "" : single, "the text");
                    open.pop();
                    return content;
                case START_ELEMENT:
                    String parent = open.peek().name;
                    throw error("<" + parent + "> holds text only, but contains element " + describeElement()
                            + " (mixed content)");
                case ENTITY_REFERENCE:
                    throw error("entity references are not allowed: &" + r.getLocalName() + ";");
                default:
                    throw error("unexpected XML content in <" + open.peek().name + "> (event type " + event + ")");
            }
        }
    }

    /**
     * The values of the current element's attributes with these names (no namespace), in this
     * order; null where absent. Any other attribute, including {@code xml:lang}, is refused.
     */
    private String[] attributes(String... names) {
        String[] values = new String[names.length];
        attributes:
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String namespace = r.getAttributeNamespace(i);
            if (namespace == null || namespace.isEmpty()) {
                String name = r.getAttributeLocalName(i);
                for (int n = 0; n < names.length; n++) {
                    if (names[n].equals(name)) {
                        String value = r.getAttributeValue(i);
                        int bad = notXml10(value);
                        if (bad >= 0) {
                            throw notXml10(value, bad, "attribute " + name); // the message is built only here
                        }
                        if (value.length() > ValueSyntax.MAX_WRITTEN_STRING) {
                            overLong = true;
                        }
                        values[n] = value;
                        continue attributes;
                    }
                }
            }
            unknownAttribute(i, names.length == 0 ? "none" : String.join(", ", names));
        }
        return values;
    }

    /**
     * The value, if XML 1.0 allows every character of it. From bytes Woodstox refuses U+FFFE,
     * U+FFFF and encoded surrogates as it decodes them, but from a String or a Reader it lets
     * them through, raw, into text and attribute values: the same document would read from a
     * String and not from its bytes, and the event would not write back.
     */
    private String xml10(String value, String what) {
        int bad = notXml10(value);
        if (bad >= 0) {
            throw notXml10(value, bad, what);
        }
        if (value.length() > ValueSyntax.MAX_WRITTEN_STRING) {
            overLong = true;
        }
        return value;
    }

    /** The index of the first character XML 1.0 does not allow, which no format may hold either, or -1. */
    private static int notXml10(String value) {
        return ValueSyntax.firstUnwritable(value);
    }

    private EventReadException notXml10(String value, int index, String what) {
        return error(what + " contains " + ValueSyntax.describeUnwritable(value, index) + ", which XML 1.0 does not allow");
    }

    /** The current child is one the format has at most once: a second is refused, not kept instead of the first. */
    private void single() {
        if (open.peek().position > 1) {
            throw error("<" + open.peek().name + "> given twice in <" + parentName() + ">");
        }
    }

    private void unknownAttribute(int index, String known) {
        name(r.getAttributeLocalName(index));
        if (allowUnknown) {
            return;
        }
        String namespace = r.getAttributeNamespace(index);
        String name = namespace == null || namespace.isEmpty() ? r.getAttributeLocalName(index)
                : XmlNames.XML_NAMESPACE.equals(namespace) ? "xml:" + r.getAttributeLocalName(index)
                : "{" + namespace + "}" + r.getAttributeLocalName(index);
        throw error("unknown attribute " + name + " on <" + open.peek().name + "> (expected: " + known + ")");
    }

    private void unknown(String child, String known) throws XMLStreamException {
        if (!allowUnknown) {
            throw error("unknown element <" + child + "> in <" + parentName() + "> (expected: " + known + ")");
        }
        skipElement();
    }

    private String parentName() {
        Iterator<Frame> frames = open.iterator();
        frames.next();
        return frames.hasNext() ? frames.next().name : "";
    }

    /** Skips the current element and everything in it, for unknown content that is allowed. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == START_ELEMENT) {
                name(r.getLocalName());
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    name(r.getAttributeLocalName(i));
                }
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            } else if (event == DTD || event == ENTITY_REFERENCE) {
                throw error("a DOCTYPE or entity reference is not allowed");
            }
        }
        open.pop();
    }

    // ---------------------------------------------------------------- values

    /**
     * Refuses an element that lacks required attributes, naming every one it lacks at once, so
     * that a document is fixed in one run.
     *
     * @param found the values of the layout's attributes, null where absent
     */
    private void requiredAttributes(XmlShape<?> layout, String[] found) {
        List<String> missing = null;
        for (int i = 0; i < found.length; i++) {
            if (found[i] == null && layout.attributes.get(i).isRequired()) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add(layout.attributeNames[i]);
            }
        }
        if (missing == null) {
            return;
        }
        throw error(missing.size() == 1 ? "missing required attribute " + missing.get(0) + " on <" + open.peek().name + ">"
                : "missing required attributes " + String.join(", ", missing.subList(0, missing.size() - 1)) + " and "
                        + missing.get(missing.size() - 1) + " on <" + open.peek().name + ">");
    }

    /** A name, if it is within the limit on names. */
    private String name(String name) {
        if (name.length() > maxNameLength) {
            throw error("a name of " + name.length() + " characters, more than the limit maxNameLength ("
                    + maxNameLength + "): " + Scalars.abbreviate(name));
        }
        return name;
    }

    // ---------------------------------------------------------------- errors

    private String describeElement() {
        String namespace = r.getNamespaceURI();
        return "<" + (namespace == null || namespace.isEmpty() ? "" : "{" + namespace + "}") + r.getLocalName() + ">";
    }

    /**
     * The path of the element the reader is in, for errors raised outside this class.
     *
     * @return the XPath-like path ({@code /event/programme[1]/day[1]}), "" before the root element
     */
    public String currentPath() {
        return path();
    }

    /** The path of the current element, XPath-like with 1-based positions: {@code /event/programme[1]/day[1]}. */
    String path() {
        StringBuilder path = new StringBuilder();
        Iterator<Frame> frames = open.descendingIterator();
        boolean root = true;
        while (frames.hasNext()) {
            Frame frame = frames.next();
            path.append('/').append(frame.name);
            if (!root) {
                path.append('[').append(frame.position).append(']');
            }
            root = false;
        }
        return path.toString();
    }

    /**
     * The path of the child element the reader has just left, which is the last of that name in
     * the current element: computed only for an error, so reading pays nothing for it.
     */
    private String closedPath(String child) {
        if (open.isEmpty()) {
            return "/" + child; // the root
        }
        return path() + "/" + child + "[" + open.peek().count(child) + "]";
    }

    EventReadException error(String reason) {
        return error(reason, path());
    }

    /** An error at the reader's location, reported at this path. */
    private EventReadException error(String reason, String path) {
        Location location = r.getLocation();
        long line = location == null ? 0 : Math.max(0, location.getLineNumber());
        long column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        return EventReadException.at(reason, line, column, path);
    }

    /** Carries a StAX exception out of an iterator, which cannot throw checked exceptions. */
    public static final class UncheckedXml extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedXml(XMLStreamException cause) {
            super(cause);
        }

        @Override
        public synchronized XMLStreamException getCause() {
            return (XMLStreamException) super.getCause();
        }
    }
}
