package org.disputatio.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable property path such as {@code programme.days[0].items[3].start}: a list of
 * property names, each with an optional index into the list it names.
 */
public final class PropertyPath {

    /** One property, with the index of the element meant when the property is a list. */
    record Node(String name, Integer index) {
    }

    private static final PropertyPath ROOT = new PropertyPath(List.of());

    private final List<Node> nodes;

    private PropertyPath(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** The path of the validated object itself. */
    public static PropertyPath root() {
        return ROOT;
    }

    /** This path followed by a property. */
    public PropertyPath property(String name) {
        List<Node> longer = new ArrayList<>(nodes.size() + 1);
        longer.addAll(nodes);
        longer.add(new Node(name, null));
        return new PropertyPath(Collections.unmodifiableList(longer));
    }

    /** This path followed by element {@code index} of a list property. */
    public PropertyPath element(String name, int index) {
        List<Node> longer = new ArrayList<>(nodes.size() + 1);
        longer.addAll(nodes);
        longer.add(new Node(name, index));
        return new PropertyPath(Collections.unmodifiableList(longer));
    }

    List<Node> nodes() {
        return nodes;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(node.name());
            if (node.index() != null) {
                out.append('[').append(node.index()).append(']');
            }
        }
        return out.toString();
    }
}
