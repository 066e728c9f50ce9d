package org.disputatio.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Every {@link LocalizedText} of an event with its property path, in document order.
 *
 * <p>Texts are either meant for readers (titles, descriptions, headings, summaries: expected in
 * every language of the event) or names (of people's positions, organisations, venues, links,
 * sources: printed in whatever language the bearer uses, so not expected in every language),
 * as their {@linkplain Property#isUntranslated() declaration} says. The walk follows the
 * {@link Shapes shapes}, so a text property declared there is visited with no change here.
 *
 * <p>A visitor first says whether it {@linkplain Visitor#wants wants} a text; only then is the
 * text's path built, so that a pass over thousands of good texts allocates next to nothing.
 */
final class Texts {

    /** Receives one text. */
    interface Visitor {
        /** Whether {@link #visit} has anything to do with this text: a cheap test, no path yet. */
        boolean wants(LocalizedText text, boolean forReaders);

        void visit(PropertyPath path, LocalizedText text, boolean forReaders);
    }

    private Texts() {
    }

    /**
     * The properties of each shape under which a text may be found (texts, and objects or lists
     * that hold texts somewhere below), in document order; the walk skips the others.
     */
    private static final Map<Shape<?>, List<Property<?, ?>>> TEXTUAL = textual();

    static void forEach(Event event, Visitor visitor) {
        new Walk(visitor).walk(Shapes.EVENT, event);
    }

    /**
     * One walk: the path so far as a stack of names and indexes, turned into a {@link PropertyPath}
     * only for a text the visitor wants, so that the objects walked cost no path each.
     */
    private static final class Walk {
        private final Visitor visitor;
        private final PathStack path = new PathStack();

        Walk(Visitor visitor) {
            this.visitor = visitor;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        <T> void walk(Shape<T> shape, T object) {
            List<Property<?, ?>> properties = TEXTUAL.get(shape);
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
                } else {
                    ValueType<?> element = ((ValueType.ListOf<?>) type).element();
                    List<?> list = (List<?>) value;
                    boolean texts = element.kind() == ValueType.Kind.TEXT;
                    Shape<?> shape2 = texts ? null : ((ValueType.Nested) element).shape();
                    for (int i = 0; i < list.size(); i++) {
                        path.index(i);
                        if (texts) {
                            text((LocalizedText) list.get(i), forReaders);
                        } else {
                            walk((Shape) shape2, list.get(i));
                        }
                    }
                }
                path.pop();
            }
        }

        /** Visits one text at the current path, if the visitor wants it. */
        private void text(LocalizedText text, boolean forReaders) {
            if (visitor.wants(text, forReaders)) {
                visitor.visit(path.toPropertyPath(), text, forReaders);
            }
        }
    }

    private static Map<Shape<?>, List<Property<?, ?>>> textual() {
        Set<Shape<?>> holdingTexts = new HashSet<>();
        boolean grew = true;
        while (grew) { // until no more shapes are found to hold texts: shapes may nest one another
            grew = false;
            for (Shape<?> shape : Shapes.all()) {
                if (!holdingTexts.contains(shape)
                        && shape.properties().stream().anyMatch(p -> holdsText(p.type(), holdingTexts))) {
                    holdingTexts.add(shape);
                    grew = true;
                }
            }
        }
        Map<Shape<?>, List<Property<?, ?>>> textual = new IdentityHashMap<>();
        for (Shape<?> shape : Shapes.all()) {
            List<Property<?, ?>> properties = new ArrayList<>();
            shape.properties().stream().filter(p -> holdsText(p.type(), holdingTexts)).forEach(properties::add);
            textual.put(shape, List.copyOf(properties));
        }
        return textual;
    }

    private static boolean holdsText(ValueType<?> type, Set<Shape<?>> holdingTexts) {
        switch (type.kind()) {
            case TEXT: return true;
            case OBJECT: return holdingTexts.contains(((ValueType.Nested<?>) type).shape());
            case LIST: return holdsText(((ValueType.ListOf<?>) type).element(), holdingTexts);
            default: return false;
        }
    }
}
