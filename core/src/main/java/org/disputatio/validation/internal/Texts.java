package org.disputatio.validation.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Scalars;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Every {@link LocalizedText} of an event with its property path, in document order, and on
 * request in the same pass every string the formats write as it is held (ids, references,
 * names, codes, URLs).
 *
 * <p>Texts are either meant for readers (titles, descriptions, headings, summaries: expected in
 * every language of the event) or names (of people's positions, organisations, venues, links,
 * sources: printed in whatever language the bearer uses, so not expected in every language),
 * as their {@linkplain Property#isUntranslated() declaration} says. The walk follows the
 * {@link Shapes shapes}, so a text property declared there is visited with no change here.
 *
 * <p>A visitor first says whether it {@linkplain Visitor#wants wants} a text; only then is the
 * text's path built, so that a pass over thousands of good texts allocates next to nothing.
 *
 * <p>One pass serves every rule that reads texts or strings: on a large event each pass over the
 * whole graph costs as much in memory traffic as the checks themselves.
 */
final class Texts {

    /** Receives one text. */
    interface Visitor {
        /** Whether {@link #visit} has anything to do with this text: a cheap test, no path yet. */
        boolean wants(LocalizedText text, boolean forReaders);

        void visit(PropertyPath path, LocalizedText text, boolean forReaders);
    }

    /** Receives one string a format writes as it is held: an id, a reference, a name, a code, a URL. */
    interface StringVisitor {
        /** Whether {@link #visit} has anything to do with this string: a cheap test, no path yet. */
        boolean wants(String value);

        void visit(PropertyPath path, String value);
    }

    private Texts() {
    }

    /**
     * The properties of each shape under which a text may be found (texts, and objects or lists
     * that hold texts somewhere below), in document order; the walk skips the others.
     */
    private static final Map<Shape<?>, List<Property<?, ?>>> TEXTUAL = properties(false);

    /** The properties of each shape under which a text or a {@linkplain #holdsString string} may be found. */
    private static final Map<Shape<?>, List<Property<?, ?>>> TEXTUAL_OR_STRING = properties(true);

    static void forEach(Event event, Visitor visitor) {
        forEach(event, visitor, null);
    }

    /**
     * Visits every text and, if {@code strings} is not null, every string in one pass.
     *
     * @param event the event
     * @param texts receives the texts
     * @param strings receives the strings, or null to walk the texts only
     */
    static void forEach(Event event, Visitor texts, StringVisitor strings) {
        new Walk(texts, strings).walk(Shapes.EVENT, event);
    }

    /**
     * One walk: the path so far as a stack of names and indexes, turned into a {@link PropertyPath}
     * only for a text the visitor wants, so that the objects walked cost no path each.
     */
    private static final class Walk {
        private final Visitor visitor;
        private final StringVisitor strings;
        private final Map<Shape<?>, List<Property<?, ?>>> walked;
        private final PathStack path = new PathStack();

        Walk(Visitor visitor, StringVisitor strings) {
            this.visitor = visitor;
            this.strings = strings;
            this.walked = strings == null ? TEXTUAL : TEXTUAL_OR_STRING;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        <T> void walk(Shape<T> shape, T object) {
            List<Property<?, ?>> properties = walked.get(shape);
            for (int p = 0; p < properties.size(); p++) {
                Property<T, ?> property = (Property<T, ?>) properties.get(p);
                Object value = property.valueIn(object);
                if (value == null) {
                    continue;
                }
                ValueType<?> type = property.type();
                boolean forReaders = !property.isUntranslated();
                path.push(property.name());
                if (type.kind() == ValueType.Kind.TEXT) {
                    text((LocalizedText) value, forReaders);
                } else if (type.kind() == ValueType.Kind.OBJECT) {
                    walk(((ValueType.Nested) type).shape(), value);
                } else if (type.kind() == ValueType.Kind.SCALAR) {
                    string(value);
                } else {
                    ValueType<?> element = ((ValueType.ListOf<?>) type).element();
                    List<?> list = (List<?>) value;
                    ValueType.Kind kind = element.kind();
                    Shape<?> shape2 = kind == ValueType.Kind.OBJECT ? ((ValueType.Nested) element).shape() : null;
                    for (int i = 0; i < list.size(); i++) {
                        path.index(i);
                        if (kind == ValueType.Kind.TEXT) {
                            text((LocalizedText) list.get(i), forReaders);
                        } else if (kind == ValueType.Kind.OBJECT) {
                            walk((Shape) shape2, list.get(i));
                        } else {
                            string(list.get(i));
                        }
                    }
                }
                path.pop();
            }
        }

        /** Visits the string a scalar is held as, at the current path, if the visitor wants it. */
        private void string(Object value) {
            String string = value instanceof String s ? s : value instanceof URI uri ? uri.toString() : null;
            if (string != null && strings.wants(string)) {
                strings.visit(path.toPropertyPath(), string);
            }
        }

        /** Visits one text at the current path, if the visitor wants it. */
        private void text(LocalizedText text, boolean forReaders) {
            if (visitor.wants(text, forReaders)) {
                visitor.visit(path.toPropertyPath(), text, forReaders);
            }
        }
    }

    /**
     * The properties of each shape under which a text (and, with {@code strings}, a string) may be
     * found, in document order.
     */
    private static Map<Shape<?>, List<Property<?, ?>>> properties(boolean strings) {
        Set<Shape<?>> holding = new HashSet<>();
        boolean grew = true;
        while (grew) { // until no more shapes are found to hold texts: shapes may nest one another
            grew = false;
            for (Shape<?> shape : Shapes.all()) {
                if (!holding.contains(shape)
                        && shape.properties().stream().anyMatch(p -> holds(p.type(), holding, strings))) {
                    holding.add(shape);
                    grew = true;
                }
            }
        }
        Map<Shape<?>, List<Property<?, ?>>> walked = new IdentityHashMap<>();
        for (Shape<?> shape : Shapes.all()) {
            List<Property<?, ?>> properties = new ArrayList<>();
            shape.properties().stream().filter(p -> holds(p.type(), holding, strings)).forEach(properties::add);
            walked.put(shape, List.copyOf(properties));
        }
        return walked;
    }

    private static boolean holds(ValueType<?> type, Set<Shape<?>> holding, boolean strings) {
        switch (type.kind()) {
            case TEXT: return true;
            case SCALAR: return strings && holdsString((ValueType.Scalar<?>) type);
            case OBJECT: return holding.contains(((ValueType.Nested<?>) type).shape());
            case LIST: return holds(((ValueType.ListOf<?>) type).element(), holding, strings);
            default: return false;
        }
    }

    /**
     * Whether a scalar's value is a string as the model holds it (any text, a code, a URL), rather
     * than a value whose written form is fixed syntax: dates, times, time zones (ASCII by
     * construction), numbers, closed vocabularies, and the codes of open vocabularies, whose
     * writers refuse any character but {@code a-z}, digits and hyphens.
     */
    private static boolean holdsString(ValueType.Scalar<?> type) {
        return type == Scalars.STRING || type == Scalars.CODE || type == Scalars.URL;
    }
}
