package org.disputatio.io.json.internal;

import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one event from a token stream by interpreting its {@link Shapes shape}: no databind, no
 * reflection, no intermediate tree. Each value method starts with the parser on the first token
 * of its value and leaves it on the value's last token.
 *
 * <p>Every problem is an {@link EventReadException} at the offending token; a
 * {@link tools.jackson.core.JacksonException} from the parser itself (malformed JSON, a limit
 * exceeded, a duplicate property) passes through for the caller to convert. Not thread-safe:
 * one instance per parse.
 */
public final class JsonEventReader {

    private final JsonParser p;
    private final boolean allowUnknownProperties;
    private final int maxProperties;
    private final boolean rejectDuplicates;
    /** The property names seen in each object being read, by nesting depth; reused from object to object. */
    private SeenNames[] seen = new SeenNames[8];
    /** The values of the object being read at each depth. */
    private final ValuesPool pool = new ValuesPool();
    private int depth;
    /** Whether a string or language tag longer than the writers write was read. */
    private boolean overLong;

    /**
     * A reader of the event at the parser's position.
     *
     * @param parser the parser, positioned before or on the event's START_OBJECT
     * @param allowUnknownProperties skip properties the format does not define, instead of failing
     * @param maxProperties the most properties one object may have
     * @param rejectDuplicates refuse an object that names a property twice; cheaper here than
     *     Jackson's {@code STRICT_DUPLICATE_DETECTION}, which builds a hash set for every object
     */
    public JsonEventReader(JsonParser parser, boolean allowUnknownProperties, int maxProperties,
            boolean rejectDuplicates) {
        this.p = parser;
        this.allowUnknownProperties = allowUnknownProperties;
        this.maxProperties = maxProperties;
        this.rejectDuplicates = rejectDuplicates;
    }

    /**
     * Reads the event whose first token is the parser's next token (or its current one, when
     * the parser is already on a START_OBJECT).
     *
     * <p>Every string and language tag is refused if it holds a character some format cannot
     * hold; when none is longer than the writers write either, the event is one validation need
     * not scan again ({@link CheckedOnReading}).
     *
     * @return the event; the parser is left on its END_OBJECT
     * @throws EventReadException if the input is not an event in the format
     */
    public Event readEvent() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw EventReadException.at("no event: the input is empty", 1, 1, "");
            }
        }
        Event event = object(Shapes.EVENT);
        return overLong ? event : CheckedOnReading.vouch(event);
    }

    // ---------------------------------------------------------------- shapes

    /** An object of this shape: each property read by its declared type, then the object built. */
    private <T> T object(Shape<T> shape) {
        expect(JsonToken.START_OBJECT, shape.noun() + " object");
        SeenNames names = enterObject();
        Values values = pool.at(depth, shape);
        for (String name = nextName(names); name != null; name = nextName(names)) {
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

    private <V> void read(Property<?, V> property, Values values) {
        values.set(property, value(property.type()));
    }

    @SuppressWarnings("unchecked")
    private <V> V value(ValueType<V> type) {
        switch (type.kind()) {
            case SCALAR:
                return scalar((ValueType.Scalar<V>) type);
            case TEXT:
                return (V) text();
            case OBJECT:
                return object(((ValueType.Nested<V>) type).shape());
            default:
                return (V) list(((ValueType.ListOf<?>) type).element());
        }
    }

    private <E> List<E> list(ValueType<E> element) {
        expect(JsonToken.START_ARRAY, "an array");
        List<E> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(value(element));
        }
        return values;
    }

    /** A scalar: a string, or for a number type an integer token, then the type's own syntax. */
    @SuppressWarnings("unchecked")
    private <V> V scalar(ValueType.Scalar<V> type) {
        String text;
        if (type.isNumber()) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw error("expected an integer, got " + describe(p.currentToken()));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw error("integer out of range: " + p.getString());
            }
            text = p.getString();
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

    /** Skips the current value, refusing duplicate properties inside it as everywhere else. */
    private void skipValue() {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            SeenNames names = enterObject();
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

    /** The names seen in the object just entered, at the next depth. */
    private SeenNames enterObject() {
        if (depth == seen.length) {
            seen = java.util.Arrays.copyOf(seen, depth * 2);
        }
        SeenNames names = seen[depth];
        if (names == null) {
            names = seen[depth] = new SeenNames();
        }
        depth++;
        names.clear();
        return names;
    }

    /** The next property name of the current object, or null at its end; a name given twice is refused. */
    private String nextName(SeenNames names) {
        String name = p.nextName();
        if (name != null) {
            if (++names.total > maxProperties) {
                throw error("more than " + maxProperties + " properties in one object (the limit maxProperties)");
            }
            if (rejectDuplicates && !names.add(name)) {
                throw error("Duplicate property \"" + name + "\"");
            }
        }
        return name;
    }

    /**
     * The property names of one object so far: a short array scanned (objects have a few names,
     * which the parser hands out as canonical instances, so most comparisons are by identity),
     * and a hash set once there are many, so that a hostile object costs linear time.
     */
    private static final class SeenNames {
        private static final int FEW = 16;
        private final String[] few = new String[FEW];
        private int count;
        /** Every name of the object so far, for the limit on properties. */
        int total;
        private java.util.Set<String> many;

        void clear() {
            java.util.Arrays.fill(few, 0, Math.min(count, FEW), null);
            count = 0;
            total = 0;
            many = null;
        }

        /** False if the name was already added. */
        boolean add(String name) {
            if (many != null) {
                return many.add(name);
            }
            for (int i = 0; i < count; i++) {
                String seen = few[i];
                if (seen == name || seen.equals(name)) {
                    return false;
                }
            }
            if (count == FEW) {
                many = new java.util.HashSet<>(java.util.Arrays.asList(few));
                return many.add(name);
            }
            few[count++] = name;
            return true;
        }
    }

    /** A localized text: an object from language tag to text. */
    private LocalizedText text() {
        expect(JsonToken.START_OBJECT, "a localized text object such as {\"en\": \"…\"}");
        LocalizedText.Builder text = LocalizedText.builder();
        SeenNames tags = enterObject();
        for (String tag = nextName(tags); tag != null; tag = nextName(tags)) {
            checkUnicode(tag, "language tag");
            if (tag.length() > ValueSyntax.MAX_WRITTEN_TAG) {
                overLong = true;
            }
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

    private String string() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error("expected a string, got " + describe(p.currentToken()));
        }
        String value = p.getString();
        checkUnicode(value, "text");
        if (value.length() > ValueSyntax.MAX_WRITTEN_STRING) {
            overLong = true;
        }
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

    private void unknown(String property, Shape<?> shape) {
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
        return JsonLocations.error(p, reason, null);
    }
}
