package org.disputatio.validation.internal;

import java.util.Arrays;

/**
 * The path of a walk over the model, kept as a stack of property names and list indexes and
 * turned into a {@link PropertyPath} or a string only for a finding, so that the objects walked
 * cost no path each. Shared by the field constraints' walk, the pass over texts and
 * {@code writable-text}'s walk over the model's fields; single-threaded, one per walk.
 */
final class PathStack {
    private String[] names = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    /** Steps into a property: {@code title}, or a list whose elements {@link #index} then selects. */
    void push(String name) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        names[depth] = name;
        indexes[depth] = -1;
        depth++;
    }

    /** Steps back out of the property pushed last. */
    void pop() {
        depth--;
    }

    /** How many properties deep the walk is: 0 at the root. */
    int depth() {
        return depth;
    }

    /** Selects an element of the list pushed last, or the list itself again with -1. */
    void index(int index) {
        indexes[depth - 1] = index;
    }

    /** The path so far: {@code programme.days[0].items[3]}. */
    PropertyPath toPropertyPath() {
        PropertyPath path = PropertyPath.root();
        for (int i = 0; i < depth; i++) {
            path = indexes[i] >= 0 ? path.element(names[i], indexes[i]) : path.property(names[i]);
        }
        return path;
    }

    /** Appends the path so far, as {@link #toPropertyPath()} would render it, and returns {@code out}. */
    StringBuilder appendTo(StringBuilder out) {
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(names[i]);
            if (indexes[i] >= 0) {
                out.append('[').append(indexes[i]).append(']');
            }
        }
        return out;
    }
}
