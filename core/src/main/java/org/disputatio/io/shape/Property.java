package org.disputatio.io.shape;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.disputatio.model.LocalizedText;

/**
 * One property of a {@link Shape}: its name in the documents, the type of its value, whether a
 * document must give it, and how to read it from the model object. Declared once; every format
 * reads and writes it from this declaration.
 *
 * <p>A property is <em>absent</em> from an object when its accessor gives null, an empty
 * {@link LocalizedText} or an empty list; writers leave absent properties out, and readers give
 * absent ones their {@linkplain Values#get default}.
 *
 * <p>Built with {@link #of}, {@link #optional} and the {@code with…} modifiers, then handed to
 * {@link Shape#of}. Immutable.
 *
 * @param <T> the type of the object holding the property
 * @param <V> the type of the value
 */
public final class Property<T, V> {

    private final String name;
    private final ValueType<V> type;
    /** Gives the value, or null when absent; or, when {@link #optionalAccessor}, an {@code Optional} of it. */
    private final Function<T, ?> accessor;
    private final boolean optionalAccessor;
    private final boolean required;
    private final boolean prose;
    private final boolean untranslated;
    private final String elementName;
    /** The position in the shape, set once by {@link Shape#of}. */
    private int index = -1;

    private Property(String name, ValueType<V> type, Function<T, ?> accessor, boolean optionalAccessor,
            boolean required, boolean prose, boolean untranslated, String elementName) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.accessor = Objects.requireNonNull(accessor, "accessor");
        this.optionalAccessor = optionalAccessor;
        this.required = required;
        this.prose = prose;
        this.untranslated = untranslated;
        this.elementName = Objects.requireNonNull(elementName, "elementName");
    }

    /**
     * A property whose accessor gives the value, or null when it is absent.
     *
     * @param <T> the object type
     * @param <V> the value type
     * @param name the name in documents, in lower camel case
     * @param type the value type
     * @param accessor reads the value from an object
     * @return an optional property; see {@link #required()}
     */
    public static <T, V> Property<T, V> of(String name, ValueType<V> type, Function<T, V> accessor) {
        return new Property<>(name, type, accessor, false, false, false, false, name);
    }

    /**
     * A property whose accessor gives an {@link Optional}.
     *
     * @param <T> the object type
     * @param <V> the value type
     * @param name the name in documents
     * @param type the value type
     * @param accessor reads the value from an object; empty when absent
     * @return an optional property
     */
    public static <T, V> Property<T, V> optional(String name, ValueType<V> type, Function<T, Optional<V>> accessor) {
        return new Property<>(name, type, accessor, true, false, false, false, name);
    }

    /**
     * This property, which every document must give: a reader refuses an object without it, and
     * a writer refuses to write a model object that lacks it (the document would not read back).
     *
     * @return a required copy
     */
    public Property<T, V> required() {
        return new Property<>(name, type, accessor, optionalAccessor, true, prose, untranslated, elementName);
    }

    /**
     * This property, whose text may run to sentences or paragraphs; formats that put short values
     * apart from running text (XML: attributes and elements) give it running text.
     *
     * @return a copy marked as prose
     */
    public Property<T, V> prose() {
        if (!(type instanceof ValueType.Scalar)) {
            throw new IllegalArgumentException(name + ": only a scalar is marked as prose; other values are elements");
        }
        return new Property<>(name, type, accessor, optionalAccessor, required, true, untranslated, elementName);
    }

    /**
     * This text, which is printed in whatever language its bearer uses (a name, a position, the
     * title of a source) rather than translated for readers: validation does not expect it in
     * every language of the event.
     *
     * @return a copy marked as untranslated
     */
    public Property<T, V> untranslated() {
        if (type.kind() != ValueType.Kind.TEXT) {
            throw new IllegalArgumentException(name + ": only a localized text is marked as untranslated");
        }
        return new Property<>(name, type, accessor, optionalAccessor, required, prose, true, elementName);
    }

    /**
     * This property, with another name for one of its elements where a format names each element
     * (XML: {@code <language>} for each of {@code languages}), or for its running text.
     *
     * @param elementName the singular name, in lower camel case
     * @return a copy with that element name
     */
    public Property<T, V> withElementName(String elementName) {
        return new Property<>(name, type, accessor, optionalAccessor, required, prose, untranslated, elementName);
    }

    /**
     * The name in documents: the JSON property, the XML attribute or element.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The name of one element where a format names each element of a list, or of the element that
     * holds running text; the {@linkplain #name() name} unless declared otherwise.
     *
     * @return the element name
     */
    public String elementName() {
        return elementName;
    }

    /**
     * The type of the value.
     *
     * @return the type
     */
    public ValueType<V> type() {
        return type;
    }

    /**
     * Whether every document must give this property.
     *
     * @return true if required
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Whether this is a scalar that may run to sentences: see {@link #prose()}.
     *
     * @return true if prose
     */
    public boolean isProse() {
        return prose;
    }

    /**
     * Whether this text is printed in its bearer's language rather than translated: see {@link #untranslated()}.
     *
     * @return true if untranslated
     */
    public boolean isUntranslated() {
        return untranslated;
    }

    /**
     * The position of this property in its shape, from 0, in document order.
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    void placeAt(int position) {
        if (index >= 0) {
            throw new IllegalStateException("property " + name + " already belongs to a shape");
        }
        index = position;
    }

    /**
     * The value of this property in an object, or null when it is absent (null, an empty text, an
     * empty list).
     *
     * @param object the object, not null
     * @return the value, or null
     */
    @SuppressWarnings("unchecked")
    public V valueIn(T object) {
        Object value = accessor.apply(object);
        if (optionalAccessor) {
            return ((Optional<V>) value).orElse(null);
        }
        switch (type.kind()) {
            case TEXT: return ((LocalizedText) value).isEmpty() ? null : (V) value;
            case LIST: return ((List<?>) value).isEmpty() ? null : (V) value;
            default: return (V) value;
        }
    }

    /**
     * The value a reader gives this property when a document leaves it out: an empty text for a
     * text, an empty list for a list, null otherwise.
     *
     * @return the default
     */
    @SuppressWarnings("unchecked")
    public V absentValue() {
        switch (type.kind()) {
            case TEXT: return (V) LocalizedText.empty();
            case LIST: return (V) List.of();
            default: return null;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
