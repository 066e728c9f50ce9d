package org.disputatio.io.shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The format shape of one model type: its properties in document order and how to build an
 * object from the values a reader found. A format reads and writes every type by interpreting
 * its shape, the way biweekly's scribes or Jackson's property descriptors work, so that a
 * property is declared once for all formats. The shapes of the model are in {@link Shapes}.
 *
 * @param <T> the model type
 */
public final class Shape<T> {

    private final Class<T> type;
    private final String noun;
    private final List<Property<T, ?>> properties;
    private final Map<String, Property<T, ?>> byName;
    private final Function<Values, T> builder;

    private Shape(Class<T> type, String noun, List<Property<T, ?>> properties, Function<Values, T> builder) {
        this.type = type;
        this.noun = noun;
        this.properties = properties;
        this.builder = builder;
        Map<String, Property<T, ?>> names = new HashMap<>();
        for (Property<T, ?> property : properties) {
            if (names.put(property.name(), property) != null) {
                throw new IllegalArgumentException(noun + ": property " + property.name() + " declared twice");
            }
        }
        this.byName = names;
    }

    /**
     * Declares a shape.
     *
     * @param <T> the model type
     * @param type the model type
     * @param noun what one object is called in messages, with its article ({@code "an organisation"})
     * @param builder builds an object from the values read; may refuse values that do not belong
     *     together with an {@link IllegalArgumentException}, which readers report where the object is
     * @param properties the properties in document order; each belongs to this shape only
     * @return the shape
     */
    @SafeVarargs
    public static <T> Shape<T> of(Class<T> type, String noun, Function<Values, T> builder,
            Property<T, ?>... properties) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(builder, "builder");
        List<Property<T, ?>> list = new ArrayList<>(properties.length);
        for (Property<T, ?> property : properties) {
            property.placeAt(list.size());
            list.add(property);
        }
        return new Shape<>(type, noun, List.copyOf(list), builder);
    }

    /**
     * The model type.
     *
     * @return the class of the objects of this shape
     */
    public Class<T> type() {
        return type;
    }

    /**
     * What one object is called in messages, with its article: {@code "an organisation"}.
     *
     * @return the noun phrase
     */
    public String noun() {
        return noun;
    }

    /**
     * The properties, in document order.
     *
     * @return the properties, unmodifiable
     */
    public List<Property<T, ?>> properties() {
        return properties;
    }

    /**
     * The property of this name.
     *
     * @param name a name as found in a document
     * @return the property, or null if the shape has none of that name
     */
    public Property<T, ?> property(String name) {
        return byName.get(name);
    }

    /**
     * The names of the properties, in document order, for "expected one of" messages.
     *
     * @return the names
     */
    public List<String> propertyNames() {
        List<String> names = new ArrayList<>(properties.size());
        properties.forEach(p -> names.add(p.name()));
        return Collections.unmodifiableList(names);
    }

    /**
     * A fresh set of values for one object of this shape, for a reader to fill.
     *
     * @return empty values
     */
    public Values newValues() {
        return new Values(this);
    }

    /**
     * The required properties a reader did not find, in document order.
     *
     * @param values what the reader found
     * @return the missing properties; empty when none is missing
     */
    public List<Property<T, ?>> missing(Values values) {
        List<Property<T, ?>> missing = List.of();
        for (int i = 0; i < properties.size(); i++) { // indexed: no iterator per object read
            Property<T, ?> property = properties.get(i);
            if (property.isRequired() && !values.has(property)) {
                if (missing.isEmpty()) {
                    missing = new ArrayList<>(2);
                }
                missing.add(property);
            }
        }
        return missing;
    }

    /**
     * Builds the object from the values read.
     *
     * @param values the values; required ones present
     * @return the object
     * @throws IllegalArgumentException if the values do not make an object of this shape; the
     *     message says why
     */
    public T build(Values values) {
        if (values.shape() != this) {
            throw new IllegalArgumentException("values of " + values.shape().noun() + " given to " + noun);
        }
        return builder.apply(values);
    }

    /**
     * The shapes this one holds, directly or through lists, then theirs, each once, starting with
     * this one.
     *
     * @return every shape reachable from this one, in document order
     */
    public List<Shape<?>> reachable() {
        List<Shape<?>> found = new ArrayList<>();
        collect(this, found);
        return Collections.unmodifiableList(found);
    }

    private static void collect(Shape<?> shape, List<Shape<?>> found) {
        if (found.contains(shape)) {
            return;
        }
        found.add(shape);
        for (Property<?, ?> property : shape.properties) {
            ValueType<?> type = property.type();
            if (type instanceof ValueType.ListOf) {
                type = ((ValueType.ListOf<?>) type).element();
            }
            if (type instanceof ValueType.Nested) {
                collect(((ValueType.Nested<?>) type).shape(), found);
            }
        }
    }

    @Override
    public String toString() {
        return "Shape[" + type.getSimpleName() + "]";
    }
}
