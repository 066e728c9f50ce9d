package org.disputatio.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.disputatio.validation.Finding;

/**
 * Orders property paths as the places they name occur in a document: the event first, then its
 * properties in the order of {@link Shapes} ({@code title} before {@code programme}), list
 * elements by number ({@code days[2]} before {@code days[10]}), a place before the places inside
 * it. A name the shapes do not know comes after the known ones of its object, in alphabetical
 * order.
 */
public final class ProgrammeOrder {

    /** Findings by path in document order, then errors before warnings, then by constraint and message. */
    public static final Comparator<Finding> FINDINGS = Comparator
            .comparing(Finding::path, ProgrammeOrder::compare)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::constraint)
            .thenComparing(Finding::message);

    private ProgrammeOrder() {
    }

    /** One step of a path: a property name, then the subscripts after it ({@code [2]}, {@code [fr]}). */
    private record Step(String name, List<String> subscripts) {
    }

    /**
     * Compares two property paths in document order.
     *
     * @param a a path, {@code ""} for the event
     * @param b another
     * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
     */
    public static int compare(String a, String b) {
        List<Step> left = steps(a);
        List<Step> right = steps(b);
        Shape<?> shape = Shapes.EVENT;
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            Step x = left.get(i);
            Step y = right.get(i);
            if (!x.name().equals(y.name())) {
                return compareNames(shape, x.name(), y.name());
            }
            for (int s = 0; s < Math.min(x.subscripts().size(), y.subscripts().size()); s++) {
                int bySubscript = compareSubscripts(x.subscripts().get(s), y.subscripts().get(s));
                if (bySubscript != 0) {
                    return bySubscript;
                }
            }
            if (x.subscripts().size() != y.subscripts().size()) {
                return Integer.compare(x.subscripts().size(), y.subscripts().size());
            }
            shape = shape == null ? null : next(shape, x.name());
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareNames(Shape<?> shape, String x, String y) {
        int ix = index(shape, x);
        int iy = index(shape, y);
        return ix != iy ? Integer.compare(ix, iy) : x.compareTo(y);
    }

    private static int index(Shape<?> shape, String name) {
        if (shape == null || !shape.propertyNames().contains(name)) {
            return Integer.MAX_VALUE;
        }
        return shape.property(name).index();
    }

    /** The shape of the objects a property holds, or null if it holds none (a text, a scalar). */
    private static Shape<?> next(Shape<?> shape, String name) {
        if (!shape.propertyNames().contains(name)) {
            return null;
        }
        Property<?, ?> property = shape.property(name);
        ValueType<?> type = property.type();
        if (type instanceof ValueType.ListOf<?> list) {
            type = list.element();
        }
        return type instanceof ValueType.Nested<?> nested ? nested.shape() : null;
    }

    private static int compareSubscripts(String x, String y) {
        boolean nx = isNumber(x);
        boolean ny = isNumber(y);
        if (nx && ny) {
            String sx = stripZeros(x);
            String sy = stripZeros(y);
            return sx.length() != sy.length() ? Integer.compare(sx.length(), sy.length()) : sx.compareTo(sy);
        }
        if (nx != ny) {
            return nx ? -1 : 1;
        }
        return x.compareTo(y);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    /** Splits {@code programme.days[0].items[3].title[fr]} into its steps; brackets may hold dots. */
    private static List<Step> steps(String path) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = path.length();
        while (i < n) {
            int nameStart = i;
            while (i < n && path.charAt(i) != '.' && path.charAt(i) != '[') {
                i++;
            }
            String name = path.substring(nameStart, i);
            List<String> subscripts = new ArrayList<>();
            while (i < n && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    close = n;
                }
                subscripts.add(path.substring(i + 1, close));
                i = Math.min(close + 1, n);
            }
            steps.add(new Step(name, subscripts));
            if (i < n && path.charAt(i) == '.') {
                i++;
            }
        }
        return steps;
    }
}
