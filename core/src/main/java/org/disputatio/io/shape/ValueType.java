package org.disputatio.io.shape;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.disputatio.model.LocalizedText;

/**
 * What kind of value a {@link Property} holds, as every format sees it: a scalar spelled as one
 * string, a localized text, a nested object of a {@link Shape} (possibly its own), or a list of one of these.
 * A format interprets these four kinds and nothing else, so that a new property needs no format
 * code.
 *
 * @param <V> the Java type of the value
 */
public sealed interface ValueType<V> permits ValueType.Scalar, ValueType.Text, ValueType.Nested, ValueType.ListOf {

    /** The four kinds, for a format's {@code switch}. */
    enum Kind {
        /** A value spelled as one string (or, for {@link Scalar#isNumber() numbers}, one number). */
        SCALAR,
        /** A {@link LocalizedText}: translations by language tag. */
        TEXT,
        /** An object of a nested {@link Shape}. */
        OBJECT,
        /** A list whose elements are all of one type. */
        LIST
    }

    /**
     * Which of the four kinds this is.
     *
     * @return the kind
     */
    Kind kind();

    /** The localized-text type, {@link #TEXT}. */
    ValueType<LocalizedText> TEXT = new Text();

    /**
     * An object of this shape.
     *
     * @param <V> the object's type
     * @param shape its shape
     * @return the type
     */
    static <V> ValueType<V> object(Shape<V> shape) {
        Objects.requireNonNull(shape, "shape");
        return new Nested<>(() -> shape);
    }

    /**
     * An object of a shape that is not built yet: a shape that holds objects of its own shape (an
     * agenda item that contains agenda items) or of one declared after it. The shape is asked for
     * when a format first needs it, once every shape is declared; shapes may so form cycles, which
     * {@link Shape#reachable()} and the formats follow.
     *
     * @param <V> the object's type
     * @param shape gives the shape; must give a non-null one once the shapes are declared
     * @return the type
     */
    static <V> ValueType<V> object(Supplier<Shape<V>> shape) {
        return new Nested<>(shape);
    }

    /**
     * A list of values of one type.
     *
     * @param <E> the element type
     * @param element the type of every element
     * @return the type
     */
    static <E> ValueType<List<E>> listOf(ValueType<E> element) {
        return new ListOf<>(element);
    }

    /**
     * A value spelled as one string: parsed by a reader, formatted by a writer, the same in every
     * format. Parsing and formatting refuse a bad value with an {@link IllegalArgumentException}
     * whose message says what was expected; the format adds where.
     *
     * @param <V> the Java type of the value
     * @param name what the value is, in words ({@code "date"}), for documentation
     * @param number whether formats with numbers (JSON) write it as a number rather than a string
     * @param parser from the document's spelling to the value
     * @param formatter from the value to the document's spelling
     * @param codes for a closed vocabulary, every spelling there is, in order (what a schema
     *     enumerates); empty for any other scalar
     */
    record Scalar<V>(String name, boolean number, Function<String, V> parser, Function<V, String> formatter,
            List<String> codes) implements ValueType<V> {

        /**
         * Checks that no part is null and copies the codes.
         *
         * @param name the name
         * @param number whether it is a number
         * @param parser the parser
         * @param formatter the formatter
         * @param codes the codes of a closed vocabulary, or empty
         */
        public Scalar {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(parser, "parser");
            Objects.requireNonNull(formatter, "formatter");
            codes = List.copyOf(codes);
        }

        /**
         * A scalar that is not a closed vocabulary.
         *
         * @param name the name
         * @param number whether it is a number
         * @param parser the parser
         * @param formatter the formatter
         */
        public Scalar(String name, boolean number, Function<String, V> parser, Function<V, String> formatter) {
            this(name, number, parser, formatter, List.of());
        }

        @Override
        public Kind kind() {
            return Kind.SCALAR;
        }

        /**
         * Whether formats with numbers write this value as a number.
         *
         * @return true for integers
         */
        public boolean isNumber() {
            return number;
        }

        /**
         * Reads the value from the document's spelling.
         *
         * @param text the spelling, not null
         * @return the value
         * @throws IllegalArgumentException if the text does not spell such a value; the message
         *     says what was expected and what was found
         */
        public V parse(String text) {
            return parser.apply(text);
        }

        /**
         * Spells the value for a document.
         *
         * @param value the value, not null
         * @return its spelling
         * @throws IllegalArgumentException if no document may hold this value (a code in
         *     capitals, a time zone that is an offset); the message says why
         */
        public String format(V value) {
            return formatter.apply(value);
        }
    }

    /** The localized-text type; its one instance is {@link ValueType#TEXT}. */
    final class Text implements ValueType<LocalizedText> {
        private Text() {
        }

        @Override
        public Kind kind() {
            return Kind.TEXT;
        }

        @Override
        public String toString() {
            return "text";
        }
    }

    /**
     * An object of a nested shape, which may be {@linkplain ValueType#object(Supplier) referred to
     * lazily}. Two are equal when they give the same shape.
     *
     * @param <V> the object's type
     */
    final class Nested<V> implements ValueType<V> {
        private final Supplier<Shape<V>> reference;
        private volatile Shape<V> shape;

        private Nested(Supplier<Shape<V>> reference) {
            this.reference = Objects.requireNonNull(reference, "shape");
        }

        /**
         * The shape of the objects.
         *
         * @return the shape, never null
         * @throws IllegalStateException if a lazy reference is followed before its shape is
         *     declared
         */
        public Shape<V> shape() {
            Shape<V> resolved = shape;
            if (resolved == null) {
                resolved = reference.get();
                if (resolved == null) {
                    throw new IllegalStateException("a nested shape was asked for before it was declared");
                }
                shape = resolved;
            }
            return resolved;
        }

        @Override
        public Kind kind() {
            return Kind.OBJECT;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Nested && ((Nested<?>) other).shape() == shape();
        }

        @Override
        public int hashCode() {
            return shape().hashCode();
        }

        @Override
        public String toString() {
            Shape<V> resolved = shape;
            return "object(" + (resolved == null ? "not yet resolved" : resolved) + ")";
        }
    }

    /**
     * A list of values of one type. A list's elements are never lists.
     *
     * @param <E> the element type
     * @param element the type of every element
     */
    record ListOf<E>(ValueType<E> element) implements ValueType<List<E>> {
        /**
         * Checks the element type.
         *
         * @param element not null, not a list
         */
        public ListOf {
            Objects.requireNonNull(element, "element");
            if (element.kind() == Kind.LIST) {
                throw new IllegalArgumentException("a list of lists has no shape in the formats");
            }
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }
    }
}
