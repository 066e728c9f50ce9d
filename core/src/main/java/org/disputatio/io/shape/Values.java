package org.disputatio.io.shape;

import java.util.Optional;

/**
 * The values a reader found for one object of a {@link Shape}, by property, before the object is
 * built. Formats fill them with {@link #set}; a shape's builder takes them out with
 * {@link #get}, which gives an absent property its default. Not thread-safe: one per object
 * being read, possibly {@linkplain #clear() cleared} and used again for the next.
 */
public final class Values {

    private final Shape<?> shape;
    private final Object[] slots;

    Values(Shape<?> shape) {
        this.shape = shape;
        this.slots = new Object[shape.properties().size()];
    }

    /**
     * The shape these values are for.
     *
     * @return the shape
     */
    public Shape<?> shape() {
        return shape;
    }

    /**
     * Forgets every value, so that a reader can use these values again for the next object of the
     * same shape (at the same nesting level, once the previous object is built: a shape's builder
     * keeps nothing of its values).
     */
    public void clear() {
        java.util.Arrays.fill(slots, null);
    }

    /**
     * Records the value found for a property.
     *
     * @param <V> the value type
     * @param property a property of this shape
     * @param value the value, or null to mark it absent again
     */
    public <V> void set(Property<?, V> property, V value) {
        slots[indexOf(property)] = value;
    }

    /**
     * Whether a value was found for the property.
     *
     * @param property a property of this shape
     * @return true if one was set
     */
    public boolean has(Property<?, ?> property) {
        return slots[indexOf(property)] != null;
    }

    /**
     * The value found for the property, or its {@linkplain Property#absentValue() default}.
     *
     * @param <V> the value type
     * @param property a property of this shape
     * @return the value, or the default (null for an absent scalar or object)
     */
    @SuppressWarnings("unchecked")
    public <V> V get(Property<?, V> property) {
        Object value = slots[indexOf(property)];
        return value != null ? (V) value : property.absentValue();
    }

    /**
     * The value found for the property, if any.
     *
     * @param <V> the value type
     * @param property a property of this shape
     * @return the value, or empty
     */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> optional(Property<?, V> property) {
        return Optional.ofNullable((V) slots[indexOf(property)]);
    }

    private int indexOf(Property<?, ?> property) {
        int index = property.index();
        if (index < 0 || index >= slots.length || shape.properties().get(index) != property) {
            throw new IllegalArgumentException("property " + property.name() + " is not one of " + shape.noun());
        }
        return index;
    }
}
