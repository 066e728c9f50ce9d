package org.disputatio.validation.internal;

import java.util.List;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;

/**
 * Checks the rule {@code provenance-paths-resolve}: the path of every claim and editorial note
 * names a place in the event. Each property must be one the object's {@link Shapes shape}
 * declares (a misspelt {@code titel} is found), {@code [n]} and {@code [*]} may follow only a
 * list, and an index must be within the list. A declared property that this event leaves out is
 * a place all the same: a note may say that the source gives no end time. After a localized text,
 * one more segment names a language ({@code title.fr}).
 */
public final class ProvenancePathsResolveRule extends EventRule {

    @Override
    public void check(Event event, Sink violations) {
        PropertyPath provenance = PropertyPath.root().property("provenance");
        List<Claim> claims = event.provenance().claims();
        for (int i = 0; i < claims.size(); i++) {
            String path = claims.get(i).path();
            if (path != null && !path.isBlank()) {
                resolve(event, path, provenance.element("claims", i).property("path"), violations);
            }
        }
        List<EditorialNote> notes = event.provenance().notes();
        for (int i = 0; i < notes.size(); i++) {
            String path = notes.get(i).path();
            if (path != null && !path.isEmpty()) { // "" is the event as a whole
                resolve(event, path, provenance.element("notes", i).property("path"), violations);
            }
        }
    }

    /** Follows the path from the event, reporting the first segment that names nothing. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void resolve(Event event, String path, PropertyPath at, Sink violations) {
        Shape<?> shape = Shapes.EVENT;
        Object object = event; // null once the path goes through a value this event leaves out
        int position = 0;
        while (position < path.length()) {
            int end = position;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            String name = path.substring(position, end);
            if (shape == null) {
                // after a localized text: a language tag, and nothing after it
                if (name.isEmpty() || end < path.length()) {
                    violations.add(at, "ProvenancePathsResolve.malformed", "path", path);
                }
                return;
            }
            if (name.isEmpty()) {
                violations.add(at, "ProvenancePathsResolve.malformed", "path", path);
                return;
            }
            Property property = shape.property(name);
            if (property == null) {
                violations.add(at, "ProvenancePathsResolve.unknownProperty", "path", path, "name", name, "object",
                        shape.noun(), "names", String.join(", ", shape.propertyNames()));
                return;
            }
            Object value = object == null ? null : property.valueIn(object);
            ValueType<?> type = property.type();
            position = end;
            if (position < path.length() && path.charAt(position) == '[') {
                int close = path.indexOf(']', position);
                if (close < 0) {
                    violations.add(at, "ProvenancePathsResolve.malformed", "path", path);
                    return;
                }
                if (!(type instanceof ValueType.ListOf)) {
                    violations.add(at, "ProvenancePathsResolve.notAList", "path", path, "name", name);
                    return;
                }
                String selector = path.substring(position + 1, close);
                type = ((ValueType.ListOf<?>) type).element();
                List<?> list = value == null ? List.of() : (List<?>) value;
                if (selector.equals("*")) {
                    value = null; // every element: what follows is checked against the shape only
                } else {
                    int index = index(selector);
                    if (index < 0) {
                        violations.add(at, "ProvenancePathsResolve.malformed", "path", path);
                        return;
                    }
                    if (index >= list.size()) {
                        violations.add(at, "ProvenancePathsResolve.noSuchElement", "path", path, "name", name,
                                "index", index, "size", list.size());
                        return;
                    }
                    value = list.get(index);
                }
                position = close + 1;
            }
            if (position == path.length()) {
                return;
            }
            if (path.charAt(position) != '.' || position + 1 == path.length()) {
                violations.add(at, "ProvenancePathsResolve.malformed", "path", path);
                return;
            }
            position++;
            switch (type.kind()) {
                case OBJECT:
                    shape = ((ValueType.Nested<?>) type).shape();
                    object = value;
                    break;
                case TEXT:
                    shape = null;
                    object = null;
                    break;
                default:
                    violations.add(at, "ProvenancePathsResolve.notAnObject", "path", path, "name", name);
                    return;
            }
        }
    }

    /** The index an {@code [n]} selector gives, or -1 if it is not a decimal number. */
    private static int index(String selector) {
        if (selector.isEmpty() || selector.length() > 9) {
            return -1;
        }
        for (int i = 0; i < selector.length(); i++) {
            if (selector.charAt(i) < '0' || selector.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(selector);
    }
}
