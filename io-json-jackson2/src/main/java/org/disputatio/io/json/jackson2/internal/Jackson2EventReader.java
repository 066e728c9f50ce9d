package org.disputatio.io.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disputatio.io.EventReadException;
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
 * Reads one event from a Jackson 2 token stream by interpreting its {@link Shapes shape}: no
 * databind, no reflection, no intermediate tree. The same reader as io-json's, over Jackson 2's
 * streaming API, with the same messages. Each value method starts with the parser on the first
 * token of its value and leaves it on the value's last token.
 *
 * <p>Every problem of the format is an {@link EventReadException} at the offending token; a
 * {@link com.fasterxml.jackson.core.JsonProcessingException} from the parser itself (malformed
 * JSON, a limit exceeded, a duplicate property) passes through for the caller to convert. Not
 * thread-safe: one instance per parse.
 */
public final class Jackson2EventReader {

    private final JsonParser p;
    private final boolean allowUnknownProperties;
    private final int maxProperties;
    /** The properties counted in each object being read, by nesting depth; reused from object to object. */
    private PropertyCount[] counts = new PropertyCount[8];
    /** The values of the object being read at each depth. */
    private final ValuesPool pool = new ValuesPool();
    private int depth;

    /**
     * A reader of the event at the parser's position. Duplicate properties are the parser's
     * business ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}); without it, the last of
     * two values wins.
     *
     * @param parser the parser, positioned before the event, on its START_OBJECT, or, as Jackson
     *     hands over an object whose type id it has read, on its first remaining property name or
     *     its END_OBJECT
     * @param allowUnknownProperties skip properties the format does not define, instead of failing
     * @param maxProperties the most properties one object may have
     */
    public Jackson2EventReader(JsonParser parser, boolean allowUnknownProperties, int maxProperties) {
        this.p = parser;
        this.allowUnknownProperties = allowUnknownProperties;
        this.maxProperties = maxProperties;
    }

    /**
     * Reads the event whose first token is the parser's current token, or its next one when it
     * has none yet.
     *
     * @return the event; the parser is left on its END_OBJECT
     * @throws EventReadException if the input is not an event in the format
     * @throws IOException if the parser fails, or the input cannot be read
     */
    public Event readEvent() throws IOException {
        JsonToken first = p.currentToken();
        if (first == null) {
            first = p.nextToken();
            if (first == null) {
                throw EventReadException.at("no event: the input is empty", 1, 1, "");
            }
        }
        if (first == JsonToken.FIELD_NAME || first == JsonToken.END_OBJECT) {
            return object(Shapes.EVENT, true);
        }
        return object(Shapes.EVENT, false);
    }

    // ---------------------------------------------------------------- shapes

    /**
     * An object of this shape: each property read by its declared type, then the object built.
     *
     * @param entered whether the parser is already inside the object, on its first property name
     *     or its END_OBJECT, rather than on its START_OBJECT
     */
    private <T> T object(Shape<T> shape, boolean entered) throws IOException {
        if (!entered) {
            expect(JsonToken.START_OBJECT, shape.noun() + " object");
        }
        PropertyCount names = enterObject();
        Values values = pool.at(depth, shape);
        String name = entered ? counted(names, p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null)
                : nextName(names);
        for (; name != null; name = nextName(names)) {
            p.nextToken();
            Property<T, ?> property = shape.property(name);
            if (property == null) {
                unknown(name, shape);
            } else {
                read(property, values);
            }
        }
        depth--;
        List<Property<T, ?>> missing = shape.missing(values);
        if (!missing.isEmpty()) {
            throw error(missing(missing));
        }
        try {
            return shape.build(values);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private <V> void read(Property<?, V> property, Values values) throws IOException {
        values.set(property, value(property.type()));
    }

    @SuppressWarnings("unchecked")
    private <V> V value(ValueType<V> type) throws IOException {
        switch (type.kind()) {
            case SCALAR:
                return scalar((ValueType.Scalar<V>) type);
            case TEXT:
                return (V) text();
            case OBJECT:
                return object(((ValueType.Nested<V>) type).shape(), false);
            default:
                return (V) list(((ValueType.ListOf<?>) type).element());
        }
    }

    private <E> List<E> list(ValueType<E> element) throws IOException {
        expect(JsonToken.START_ARRAY, "an array");
        List<E> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(value(element));
        }
        return values;
    }

    /** A scalar: a string, or for a number type an integer token, then the type's own syntax. */
    @SuppressWarnings("unchecked")
    private <V> V scalar(ValueType.Scalar<V> type) throws IOException {
        String text;
        if (type.isNumber()) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw error("expected an integer, got " + describe(p.currentToken()));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw error("integer out of range: " + p.getText());
            }
            text = p.getText();
        } else {
            text = string();
            if (type == Scalars.STRING) {
                return (V) text;
            }
        }
        try {
            return type.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    // ---------------------------------------------------------------- values

    /** Skips the current value, counting the properties inside it as everywhere else. */
    private void skipValue() throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            PropertyCount names = enterObject();
            while (nextName(names) != null) {
                p.nextToken();
                skipValue();
            }
            depth--;
        } else if (token == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                skipValue();
            }
        }
    }

    /** The count of the object just entered, at the next depth. */
    private PropertyCount enterObject() {
        if (depth == counts.length) {
            counts = Arrays.copyOf(counts, depth * 2);
        }
        PropertyCount names = counts[depth];
        if (names == null) {
            names = counts[depth] = new PropertyCount();
        }
        depth++;
        names.clear();
        return names;
    }

    /** The next property name of the current object, or null at its end. */
    private String nextName(PropertyCount names) throws IOException {
        return counted(names, p.nextFieldName());
    }

    /** The name, counted against the limit on properties; null stays null. */
    private String counted(PropertyCount names, String name) {
        if (name != null && ++names.total > maxProperties) {
            throw error("more than " + maxProperties + " properties in one object (the limit maxProperties)");
        }
        return name;
    }

    /**
     * How many properties one object has shown so far, for the limit on properties. (Duplicates
     * are the parser's to refuse, so no names are kept.)
     */
    private static final class PropertyCount {
        int total;

        void clear() {
            total = 0;
        }
    }

    /** A localized text: an object from language tag to text. */
    private LocalizedText text() throws IOException {
        expect(JsonToken.START_OBJECT, "a localized text object such as {\"en\": \"…\"}");
        LocalizedText.Builder text = LocalizedText.builder();
        PropertyCount tags = enterObject();
        for (String tag = nextName(tags); tag != null; tag = nextName(tags)) {
            checkUnicode(tag, "language tag");
            p.nextToken();
            String value = string();
            try {
                text.put(tag, value);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }
        depth--;
        return text.build();
    }

    private String string() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error("expected a string, got " + describe(p.currentToken()));
        }
        String value = p.getText();
        checkUnicode(value, "text");
        return value;
    }

    // ---------------------------------------------------------------- checks

    private void expect(JsonToken token, String what) {
        if (p.currentToken() != token) {
            throw error("expected " + what + ", got " + describe(p.currentToken()));
        }
    }

    /** The reason for the required properties an object lacks, all named at once. */
    private static String missing(List<? extends Property<?, ?>> missing) {
        List<String> names = new ArrayList<>(missing.size());
        missing.forEach(property -> names.add(property.name()));
        return ValueSyntax.missingProperties(names);
    }

    private void unknown(String property, Shape<?> shape) throws IOException {
        if (allowUnknownProperties) {
            skipValue();
            return;
        }
        throw error(ValueSyntax.unknownProperty(property, shape.propertyNames()));
    }

    /**
     * Refuses a string with a character some format cannot hold ({@link ValueSyntax#firstUnwritable}):
     * JSON could carry U+0000 escaped, but the XML of the same event could not.
     */
    private void checkUnicode(String value, String what) {
        int bad = ValueSyntax.firstUnwritable(value);
        if (bad < 0) {
            return;
        }
        throw error(ValueSyntax.unwritable(what, value, bad));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: return "an integer";
            case VALUE_NUMBER_FLOAT: return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.toString();
        }
    }

    private EventReadException error(String reason) {
        return Jackson2Locations.error(p, reason);
    }
}
