package org.disputatio.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable property path such as {@code programme.days[0].items[3].start}: a list of
 * property names, each with an optional index into the list it names.
 *
 * <p>Stored as a chain from the last node to the root, so that extending a path costs one small
 * object: the rules extend paths for every item they look at, and render one only for a finding.
 */
public final class PropertyPath {

    /** One property, with the index of the element meant when the property is a list. */
    record Node(String name, Integer index) {
    }

    private static final int NO_INDEX = -1;

    private static final PropertyPath ROOT = new PropertyPath(null, null, NO_INDEX);

    private final PropertyPath parent;
    private final String name;
    private final int index;

    private PropertyPath(PropertyPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * The path of the validated object itself.
     *
     * @return the empty path, which renders as {@code ""}
     */
    public static PropertyPath root() {
        return ROOT;
    }

    /**
     * This path followed by a property.
     *
     * @param name the property's name ({@code start})
     * @return the longer path; this one is unchanged
     */
    public PropertyPath property(String name) {
        return new PropertyPath(this, name, NO_INDEX);
    }

    /**
     * This path followed by element {@code index} of a list property.
     *
     * @param name the list property's name ({@code items})
     * @param index the element's 0-based index
     * @return the longer path ({@code items[3]}); this one is unchanged
     * @throws IllegalArgumentException if the index is negative
     */
    public PropertyPath element(String name, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return new PropertyPath(this, name, index);
    }

    /**
     * Whether this is the path of the validated object itself.
     *
     * @return true for {@link #root()}
     */
    public boolean isRoot() {
        return parent == null;
    }

    List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        for (PropertyPath p = this; p.parent != null; p = p.parent) {
            nodes.add(new Node(p.name, p.index == NO_INDEX ? null : p.index));
        }
        Collections.reverse(nodes);
        return Collections.unmodifiableList(nodes);
    }

    /**
     * Appends this path to {@code out}, preceded by a dot if {@code out} is not empty.
     *
     * @param out the text to extend; nothing is appended for the root
     */
    public void appendTo(StringBuilder out) {
        if (parent == null) {
            return;
        }
        parent.appendTo(out);
        if (out.length() > 0) {
            out.append('.');
        }
        out.append(name);
        if (index != NO_INDEX) {
            out.append('[').append(index).append(']');
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(32);
        appendTo(out);
        return out.toString();
    }
}
