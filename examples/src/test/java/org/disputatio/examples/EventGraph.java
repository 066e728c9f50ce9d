package org.disputatio.examples;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Test support: walks an event by property path, the way claims, notes and validation name facts
 * ({@code programme.days[0].items[4].title}, {@code organisations[*].sector}), by reflection
 * over the public accessors of the model.
 */
final class EventGraph {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+|\\*)])?");
    private static final Set<String> NOT_PARTS = Set.of("toBuilder", "hashCode", "toString", "getClass");

    private EventGraph() {
    }

    /**
     * The values at this path: several for a wildcard, none if the path names nothing or an
     * absent optional part. The empty path is the event itself.
     */
    static List<Object> resolve(Event event, String path) {
        List<Object> current = List.of(event);
        if (path.isEmpty()) {
            return current;
        }
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a property path: " + path);
            }
            List<Object> next = new ArrayList<>();
            for (Object owner : current) {
                Optional<Object> value = property(owner, m.group(1));
                if (value.isEmpty()) {
                    continue;
                }
                if (m.group(2) == null) {
                    next.add(value.get());
                } else if (value.get() instanceof List<?> list) {
                    if (m.group(2).equals("*")) {
                        list.forEach(element -> unwrap(element).ifPresent(next::add));
                    } else {
                        int index = Integer.parseInt(m.group(2));
                        if (index < list.size()) {
                            unwrap(list.get(index)).ifPresent(next::add);
                        }
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** Every localized text of the event, by property path, in document order. */
    static Map<String, LocalizedText> texts(Event event) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        walk(event, "", texts);
        return texts;
    }

    private static void walk(Object value, String path, Map<String, LocalizedText> texts) {
        if (value instanceof LocalizedText text) {
            texts.put(path, text);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(inner, path, texts));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", texts);
            }
        } else if (value instanceof Record || value instanceof Event) {
            for (String name : parts(value.getClass())) {
                walk(property(value, name).orElse(null), path.isEmpty() ? name : path + "." + name, texts);
            }
        }
    }

    private static List<String> parts(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        } else {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getParameterCount() == 0 && !NOT_PARTS.contains(method.getName())) {
                    names.add(method.getName());
                }
            }
        }
        return names;
    }

    /** The part of this name, unwrapped from its Optional; empty if absent or not a part. */
    private static Optional<Object> property(Object owner, String name) {
        Method accessor;
        try {
            accessor = owner.getClass().getMethod(name);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        try {
            return unwrap(accessor.invoke(owner));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + owner.getClass(), e);
        }
    }

    private static Optional<Object> unwrap(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(Object.class::cast);
        }
        return Optional.ofNullable(value);
    }
}
