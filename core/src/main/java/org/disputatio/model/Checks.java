package org.disputatio.model;

import java.util.List;
import java.util.Objects;

/** The constructor-level checks: only what can never be a value (a null list or part). */
final class Checks {
    private Checks() {
    }

    /** An unmodifiable copy; rejects a null list or a null element, naming the component. */
    static <T> List<T> copy(List<T> list, String component) {
        Objects.requireNonNull(list, () -> component + " must not be null (use an empty list)");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(component + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(list);
    }

    static <T> T present(T value, String component) {
        return Objects.requireNonNull(value, () -> component + " must not be null");
    }
}
