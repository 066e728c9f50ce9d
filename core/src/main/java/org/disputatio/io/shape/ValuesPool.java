package org.disputatio.io.shape;

import java.util.Arrays;

/**
 * The {@link Values} a reader fills, one per nesting level, reused: when a reader starts an object
 * at some depth, the object read before at that depth is built already, so its values can be
 * cleared and filled again. Most objects are elements of lists (items, participants), so this
 * spares an allocation per object. Not thread-safe: one per reader.
 */
public final class ValuesPool {

    private Values[] byDepth = new Values[8];

    /** An empty pool. */
    public ValuesPool() {
    }

    /**
     * Empty values for an object of this shape at this nesting level.
     *
     * @param depth the nesting level, from 0
     * @param shape the object's shape
     * @return empty values, those of the last object of the same shape at that level if there was one
     */
    public Values at(int depth, Shape<?> shape) {
        if (depth >= byDepth.length) {
            byDepth = Arrays.copyOf(byDepth, Math.max(depth + 1, byDepth.length * 2));
        }
        Values values = byDepth[depth];
        if (values != null && values.shape() == shape) {
            values.clear();
            return values;
        }
        return byDepth[depth] = shape.newValues();
    }
}
