package org.disputatio.io.json.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Scalars;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.io.SerializedString;

/**
 * Writes one event to a token stream by interpreting its {@link Shapes shape}: each object's
 * properties in declared order, absent values and empty lists left out. A scalar is a string
 * (a number when its type says so), a localized text an object from language tag to text, a
 * nested shape an object, a list an array. One instance per write.
 */
public final class JsonEventWriter {

    /** Every shape's property names, encoded once for all writes. */
    private static final Map<Shape<?>, SerializableString[]> NAMES = encodedNames();

    private final JsonGenerator g;

    /**
     * A writer to this generator.
     *
     * @param generator where the tokens go; its pretty printer, if any, shapes the output
     */
    public JsonEventWriter(JsonGenerator generator) {
        this.g = generator;
    }

    private static Map<Shape<?>, SerializableString[]> encodedNames() {
        Map<Shape<?>, SerializableString[]> names = new IdentityHashMap<>();
        for (Shape<?> shape : Shapes.all()) {
            names.put(shape, shape.properties().stream().map(p -> new SerializedString(p.name()))
                    .toArray(SerializableString[]::new));
        }
        return names;
    }

    /**
     * Writes the event as one JSON object.
     *
     * @param e the event
     * @throws EventWriteException if the event holds a value the format cannot write back
     */
    public void write(Event e) {
        object(Shapes.EVENT, e);
    }

    private <T> void object(Shape<T> shape, T object) {
        g.writeStartObject();
        SerializableString[] names = NAMES.get(shape);
        List<Property<T, ?>> properties = shape.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property<T, ?> property = properties.get(i);
            Object value = property.valueIn(object);
            if (value == null) {
                if (property.isRequired()) {
                    throw EventWriteException.at(pathOf(property.name()),
                            "the value is missing and the JSON format requires it");
                }
                continue;
            }
            g.writeName(names[i]);
            value(property.type(), value, -1);
        }
        g.writeEndObject();
    }

    /**
     * @param index the value's index in the list being written, or -1 for the value of a property
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void value(ValueType<?> type, Object value, int index) {
        switch (type.kind()) {
            case SCALAR:
                scalar((ValueType.Scalar) type, value, index);
                break;
            case TEXT:
                text((LocalizedText) value);
                break;
            case OBJECT:
                object(((ValueType.Nested) type).shape(), value);
                break;
            default:
                ValueType<?> element = ((ValueType.ListOf<?>) type).element();
                List<?> values = (List<?>) value;
                g.writeStartArray();
                for (int i = 0; i < values.size(); i++) {
                    value(element, values.get(i), i);
                }
                g.writeEndArray();
        }
    }

    private <V> void scalar(ValueType.Scalar<V> type, V value, int index) {
        if (type == Scalars.STRING) {
            String text = (String) value;
            writable(text, index);
            g.writeString(text);
            return;
        }
        String text;
        try {
            text = type.format(value);
        } catch (IllegalArgumentException e) {
            throw EventWriteException.at(pathHere(index), e.getMessage());
        }
        if (type.isNumber()) {
            g.writeNumber(text);
        } else {
            writable(text, index);
            g.writeString(text);
        }
    }

    private void text(LocalizedText text) {
        g.writeStartObject();
        text.forEach((tag, translation) -> {
            String path = null;
            if (!ValueSyntax.writable(tag, true) || !ValueSyntax.writable(translation, false)) {
                path = pathOf(tag);
                refuse(path, tag, true);
                refuse(path, translation, false);
            }
            g.writeStringProperty(tag, translation);
        });
        g.writeEndObject();
    }

    /** Refuses a text no document may hold ({@link ValueSyntax#unwritable(String, boolean)}): it would not read back. */
    private void writable(String text, int index) {
        if (!ValueSyntax.writable(text, false)) {
            refuse(pathHere(index), text, false);
        }
    }

    private static void refuse(String path, String text, boolean languageTag) {
        String reason = ValueSyntax.unwritable(text, languageTag);
        if (reason != null) {
            throw EventWriteException.at(path, reason);
        }
    }

    /** The path of a property of the object being written (the generator's context is that object's). */
    private String pathOf(String name) {
        String object = JsonPaths.path(g.streamWriteContext().getParent());
        return object.isEmpty() ? name : object + "." + name;
    }

    /**
     * The path of the scalar about to be written: the property just named, or the element at this
     * index of the array being written (whose context has not counted it yet).
     */
    private String pathHere(int index) {
        TokenStreamContext context = g.streamWriteContext();
        if (index < 0) {
            return JsonPaths.path(context);
        }
        String list = JsonPaths.path(context.getParent());
        return list + "[" + index + "]";
    }
}
