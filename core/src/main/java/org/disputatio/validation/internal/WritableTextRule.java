package org.disputatio.validation.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Checks the rule {@code writable-text}: every string of the event (ids and references, names,
 * codes, every translation and its language tag) holds only characters every format can write
 * ({@link ValueSyntax#firstUnwritable}), so that a writer never finds a problem validation
 * missed. One walk over the model's fields, planned once per class; the path is kept as a
 * stack and built only for a finding.
 */
public final class WritableTextRule extends EventRule {

    /** The fields of a model class that can hold strings, found once. */
    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic() || !mayHoldText(field.getType())) {
                        continue;
                    }
                    field.setAccessible(true); // the model is in this module
                    fields.add(field);
                }
            }
            return fields.toArray(Field[]::new);
        }
    };

    private static boolean mayHoldText(Class<?> type) {
        // Maps are the event's derived indexes, whose values are visited where they are listed.
        return type == String.class || type == LocalizedText.class || type == List.class || type == Optional.class
                || isModel(type) && !type.isEnum();
    }

    private static boolean isModel(Class<?> type) {
        return type.getPackageName().equals("org.disputatio.model");
    }

    @Override
    public void check(Event event, Sink sink) {
        new Walk(sink).value(event);
    }

    /** One walk: the path so far as a stack of names and indexes. */
    private static final class Walk {
        private final Sink sink;
        private final List<String> names = new ArrayList<>();
        private final List<Integer> indexes = new ArrayList<>();

        Walk(Sink sink) {
            this.sink = sink;
        }

        void value(Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof String text) {
                check(text, "WritableText.text", null);
            } else if (value instanceof LocalizedText text) {
                text.forEach((tag, translation) -> {
                    check(tag, "WritableText.tag", tag);
                    check(translation, "WritableText.translation", tag);
                });
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(this::value);
            } else if (value instanceof List<?> list) {
                int last = names.size() - 1;
                for (int i = 0; i < list.size(); i++) {
                    if (last >= 0) {
                        indexes.set(last, i);
                    }
                    value(list.get(i));
                }
                if (last >= 0) {
                    indexes.set(last, -1);
                }
            } else if (isModel(value.getClass()) && !(value instanceof Map) && !value.getClass().isEnum()) {
                for (Field field : FIELDS.get(value.getClass())) {
                    Object content;
                    try {
                        content = field.get(value);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot read " + field, e);
                    }
                    names.add(field.getName());
                    indexes.add(-1);
                    value(content);
                    names.remove(names.size() - 1);
                    indexes.remove(indexes.size() - 1);
                }
            }
        }

        private void check(String text, String key, String tag) {
            int bad = ValueSyntax.firstUnwritable(text);
            if (bad >= 0) {
                sink.add(path(), key, "tag", tag, "character", ValueSyntax.describeUnwritable(text, bad));
            }
        }

        private PropertyPath path() {
            PropertyPath path = PropertyPath.root();
            for (int i = 0; i < names.size(); i++) {
                path = indexes.get(i) >= 0 ? path.element(names.get(i), indexes.get(i)) : path.property(names.get(i));
            }
            return path;
        }
    }
}
