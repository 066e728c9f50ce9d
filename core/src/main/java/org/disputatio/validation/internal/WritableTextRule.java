package org.disputatio.validation.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Checks the rule {@code writable-text}: every string of the event (ids and references, names,
 * codes, every translation and its language tag) holds only characters every format can write
 * ({@link ValueSyntax#firstUnwritable}) and is no longer than every reader accepts by default
 * ({@link ValueSyntax#MAX_WRITTEN_STRING}, {@link ValueSyntax#MAX_WRITTEN_TAG} for a language
 * tag), so that a writer never finds a problem validation missed. The texts are checked in the pass over texts the text rules share; every other string
 * in one walk over the model's fields, planned once per class, with the path kept as a stack and
 * built only for a finding.
 */
public final class WritableTextRule extends TextRule {

    /** A field that can hold strings, with its name and a fast getter (see {@link ConstraintPlan#getter}). */
    private record StringField(String name, Function<Object, Object> getter) {
    }

    private static final StringField[] NO_FIELDS = {};

    /** The fields of a model class that can hold strings, found once; none for other classes. */
    private static final ClassValue<StringField[]> FIELDS = new ClassValue<>() {
        @Override
        protected StringField[] computeValue(Class<?> type) {
            if (!isModel(type) || type.isEnum()) {
                return NO_FIELDS; // a value the walk does not look into
            }
            List<StringField> fields = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic() || !mayHoldText(field.getType())
                        || !elementsMayHoldText(field.getGenericType())) {
                    continue;
                }
                try {
                    fields.add(new StringField(field.getName(), ConstraintPlan.getter(field)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
            }
            return fields.toArray(StringField[]::new);
        }
    };

    private static boolean mayHoldText(Class<?> type) {
        // Maps are the event's derived indexes, whose values are visited where they are listed.
        return type == String.class || type == List.class || type == Optional.class
                || isModel(type) && !type.isEnum() && type != LocalizedText.class;
    }

    /**
     * For a {@code List} or {@code Optional} field, whether its elements can hold strings, as far
     * as the declared type argument tells ({@code Optional<LocalTime>} cannot); true when it does
     * not tell.
     */
    private static boolean elementsMayHoldText(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return mayHoldText(element) || element == Object.class;
        }
        return true;
    }

    private static boolean isModel(Class<?> type) {
        return type.getPackageName().equals("org.disputatio.model");
    }

    /** The texts, in the one pass over texts that the text rules share. */
    @Override
    Texts.Visitor visitor(Event event, Sink sink) {
        return new Texts.Visitor() {
            /** Scans one text's translations; reused, so that a good text costs no allocation. */
            private final Scan scan = new Scan();

            @Override
            public boolean wants(LocalizedText text, boolean forReaders) {
                if (text.isEmpty()) {
                    return false;
                }
                scan.bad = false;
                text.forEach(scan);
                return scan.bad;
            }

            @Override
            public void visit(PropertyPath path, LocalizedText text, boolean forReaders) {
                text.forEach((tag, translation) -> {
                    report(sink, path, tag, "WritableText.tag", tag, ValueSyntax.MAX_WRITTEN_TAG);
                    report(sink, path, translation, "WritableText.translation", tag, ValueSyntax.MAX_WRITTEN_STRING);
                });
            }
        };
    }

    /** Whether any tag or translation of a text holds a character no format can write. */
    private static final class Scan implements BiConsumer<String, String> {
        boolean bad;

        @Override
        public void accept(String tag, String translation) {
            if (!bad && (tag.length() > ValueSyntax.MAX_WRITTEN_TAG
                    || translation.length() > ValueSyntax.MAX_WRITTEN_STRING
                    || ValueSyntax.firstUnwritable(tag) >= 0 || ValueSyntax.firstUnwritable(translation) >= 0)) {
                bad = true;
            }
        }
    }

    /**
     * Reports a string no format can hold: a character none can write, or a length past what the
     * readers accept by default (the writers refuse both, so validation says so first).
     *
     * @param limit the longest such a string may be: {@link ValueSyntax#MAX_WRITTEN_TAG} for a
     *     language tag, {@link ValueSyntax#MAX_WRITTEN_STRING} for any other string
     */
    private static void report(Sink sink, PropertyPath path, String value, String key, String tag, int limit) {
        int bad = ValueSyntax.firstUnwritable(value);
        if (bad >= 0) {
            sink.add(path, key, "tag", tag, "character", ValueSyntax.describeUnwritable(value, bad));
        } else if (value.length() > limit) {
            sink.add(path, key + ".tooLong", "tag", tag, "length", value.length(), "limit", limit);
        }
    }

    /** Every other string: ids, references, names, codes. */
    @Override
    void checkBesideTexts(Event event, Sink sink) {
        new Walk(sink).value(event);
    }

    /** One walk, its path kept as a stack. */
    private static final class Walk {
        private final Sink sink;
        private final PathStack path = new PathStack();
        private Class<?> lastType;
        private StringField[] lastFields;

        Walk(Sink sink) {
            this.sink = sink;
        }

        void value(Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof String text) {
                check(text, "WritableText.text", null);
            } else if (value instanceof LocalizedText) {
                return; // the texts are checked in the shared pass over texts
            } else if (value instanceof Optional<?> optional) {
                if (optional.isPresent()) {
                    value(optional.get());
                }
            } else if (value instanceof List<?> list) {
                boolean named = path.depth() > 0;
                for (int i = 0, n = list.size(); i < n; i++) {
                    if (named) {
                        path.index(i);
                    }
                    value(list.get(i));
                }
                if (named) {
                    path.index(-1);
                }
            } else {
                Class<?> type = value.getClass();
                if (type != lastType) { // items, participants...: the same class many times running
                    lastType = type;
                    lastFields = FIELDS.get(type);
                }
                fields(value, lastFields);
            }
        }

        private void fields(Object bean, StringField[] fields) {
            for (StringField field : fields) {
                Object content = field.getter().apply(bean);
                if (content == null) {
                    continue;
                }
                path.push(field.name());
                value(content);
                path.pop();
            }
        }

        private void check(String text, String key, String tag) {
            if (text.length() > ValueSyntax.MAX_WRITTEN_STRING || ValueSyntax.firstUnwritable(text) >= 0) {
                // the path is built only for a finding
                report(sink, path.toPropertyPath(), text, key, tag, ValueSyntax.MAX_WRITTEN_STRING);
            }
        }
    }
}
