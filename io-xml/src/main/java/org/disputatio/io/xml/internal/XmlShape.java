package org.disputatio.io.xml.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;

/**
 * How the XML format lays out one {@link Shape}: short scalars are attributes, in declared
 * order; everything else is child elements, in declared order — a localized text as one element
 * per translation ({@code <title xml:lang="fr">}), prose as an element holding the text, a nested
 * object as an element, and a list as one element per item, named by the property's
 * {@linkplain Property#elementName() element name} ({@code <language>}, {@code <person>}).
 * Computed once per shape and shared by the reader and the writer.
 *
 * @param <T> the model type
 */
final class XmlShape<T> {

    private static final Map<Shape<?>, XmlShape<?>> LAYOUTS = layouts();

    final Shape<T> shape;
    /** The properties written as attributes, in order. */
    final List<Property<T, ?>> attributes;
    /** Their names, in the same order. */
    final String[] attributeNames;
    /** The properties written as child elements, in order. */
    final List<Property<T, ?>> elements;
    private final Map<String, Property<T, ?>> byElementName = new HashMap<>();
    /** The attribute names for messages: {@code "id, acronym"}, or {@code "none"}. */
    final String expectedAttributes;
    /** The element names for messages: {@code "name, externalId"}, or {@code "no child elements"}. */
    final String expectedElements;

    private XmlShape(Shape<T> shape) {
        this.shape = shape;
        List<Property<T, ?>> inAttributes = new ArrayList<>();
        List<Property<T, ?>> inElements = new ArrayList<>();
        for (Property<T, ?> property : shape.properties()) {
            if (isAttribute(property)) {
                inAttributes.add(property);
            } else {
                inElements.add(property);
                byElementName.put(property.elementName(), property);
            }
        }
        this.attributes = List.copyOf(inAttributes);
        this.elements = List.copyOf(inElements);
        this.attributeNames = inAttributes.stream().map(Property::name).toArray(String[]::new);
        this.expectedAttributes = attributeNames.length == 0 ? "none" : String.join(", ", attributeNames);
        this.expectedElements = elements.isEmpty() ? "no child elements"
                : String.join(", ", elements.stream().map(Property::elementName).toArray(String[]::new));
    }

    private static Map<Shape<?>, XmlShape<?>> layouts() {
        Map<Shape<?>, XmlShape<?>> layouts = new IdentityHashMap<>();
        for (Shape<?> shape : Shapes.all()) {
            layouts.put(shape, new XmlShape<>(shape));
        }
        return layouts;
    }

    /** Whether the property is an attribute: a scalar that is not prose. */
    static boolean isAttribute(Property<?, ?> property) {
        return property.type() instanceof ValueType.Scalar && !property.isProse();
    }

    @SuppressWarnings("unchecked")
    static <T> XmlShape<T> of(Shape<T> shape) {
        XmlShape<T> layout = (XmlShape<T>) LAYOUTS.get(shape);
        if (layout == null) {
            throw new IllegalArgumentException(shape + " is not one of the shapes of the model");
        }
        return layout;
    }

    /** The property a child element of this name belongs to, or null. */
    Property<T, ?> element(String name) {
        return byElementName.get(name);
    }
}
