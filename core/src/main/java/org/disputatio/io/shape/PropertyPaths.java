package org.disputatio.io.shape;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;

/**
 * The property paths of one event's claims and editorial notes, resolved through the
 * {@link Shapes shapes}: which place a path names, and which claim covers a fact.
 *
 * <p>A path is property names joined by {@code .}; after a list, a selector in brackets picks
 * elements: {@code [*]} every element, {@code [n]} (decimal digits only) the element at index
 * <i>n</i>, and anything else the element whose <em>key</em> it is. The key of a list's element
 * is its {@code id} property where its shape has one (organisations, people, agenda items,
 * tracks, rooms, source documents), else its {@code code} (roles, themes, dimensions); the
 * elements of other lists (days, affiliations, participants…) are selected by index only. A
 * selector of digits is always an index, so an element whose id is all digits is addressed by
 * its index. At the start of a path, {@code items[panel-2]} names the agenda item with that id
 * wherever it is in the programme, and {@code items[*]} every agenda item. After a localized
 * text, one more name is a language tag ({@code title.fr}).
 *
 * <p>The same place may be spelled in several ways ({@code items[panel-2].start},
 * {@code programme.days[0].items[panel-2].start}, {@code programme.days[0].items[4].start}): these
 * methods compare places, where {@link org.disputatio.model.Provenance}'s own methods, which have
 * no event, compare spellings. (They live here, not on {@link Event}, because resolving a path
 * takes the shapes, which the model does not know.)
 *
 * <p>An instance remembers what it resolved; it is not thread-safe. Get one per event with
 * {@link #of(Event)}.
 */
public final class PropertyPaths {

    /** The short form at the start of a path that names agenda items by id wherever they are. */
    private static final String ITEMS = "items";

    private final Event event;
    private Map<String, Located> items; // by id, in programme order; built on first use
    private List<Pattern> claims; // the claims' paths resolved, in recorded order; built on first use

    private PropertyPaths(Event event) {
        this.event = event;
    }

    /**
     * The paths of an event.
     *
     * @param event the event the paths are resolved in
     * @return a resolver for that event
     * @throws NullPointerException if the event is null
     */
    public static PropertyPaths of(Event event) {
        return new PropertyPaths(Objects.requireNonNull(event, "event"));
    }

    /**
     * Why a path names nothing in this event, if it does not.
     *
     * @param path a property path; "" is the event itself
     * @return the problem, or empty if the path names a place of the event
     * @throws NullPointerException if the path is null
     */
    public Optional<Problem> problem(String path) {
        Objects.requireNonNull(path, "path");
        return path.isEmpty() ? Optional.empty() : Optional.ofNullable(resolve(path).problem);
    }

    /**
     * The path of the same place with an index wherever an id or the {@code items[..]} short form
     * selects an element: {@code items[panel-2].title} → {@code programme.days[0].items[4].title}.
     *
     * @param path a property path
     * @return the path with indexes ({@code [*]} stays), or empty if the path names nothing
     * @throws NullPointerException if the path is null
     */
    public Optional<String> indexPath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty()) {
            return Optional.of("");
        }
        Pattern resolved = resolve(path);
        return resolved.problem == null ? Optional.of(resolved.toString()) : Optional.empty();
    }

    /**
     * How sure the fact at this path is: the certainty of the nearest claim that covers it, else
     * {@link Certainty#STATED}, as {@link #coveringClaim(String)} finds it.
     *
     * @param path the property path of a fact, by index or by id
     * @return the covering claim's certainty, {@link Certainty#STATED} when no claim covers it
     * @throws NullPointerException if the path is null
     */
    public Certainty certaintyOf(String path) {
        return coveringClaim(path).map(Claim::certainty).orElse(Certainty.STATED);
    }

    /**
     * The nearest claim that covers the fact at this path, whichever way either is spelled. A
     * claim covers the place its path names and every part below it; a claim with a wildcard
     * covers each place it matches. The nearest is the one on the deepest place: the place
     * itself, else the nearest enclosing one; at the same depth a claim without a wildcard wins
     * over one with, then the first recorded. A claim whose path names nothing covers nothing.
     * When the path itself names nothing in the event, the claims are compared by spelling, as
     * {@link org.disputatio.model.Provenance#coveringClaim(String)} does.
     *
     * @param path the property path of a fact, by index or by id
     * @return the covering claim, or empty if none covers it
     * @throws NullPointerException if the path is null
     */
    public Optional<Claim> coveringClaim(String path) {
        Objects.requireNonNull(path, "path");
        Pattern place = path.isEmpty() ? null : resolve(path);
        if (place == null || place.problem != null) {
            return event.provenance().coveringClaim(path);
        }
        List<Pattern> patterns = claimPatterns();
        List<Claim> recorded = event.provenance().claims();
        for (int depth = place.steps.size(); depth > 0; depth--) {
            Claim wildcard = null;
            for (int i = 0; i < patterns.size(); i++) {
                Pattern pattern = patterns.get(i);
                if (pattern != null && pattern.matches(place, depth)) {
                    if (!pattern.hasWildcard()) {
                        return Optional.of(recorded.get(i));
                    }
                    if (wildcard == null) {
                        wildcard = recorded.get(i);
                    }
                }
            }
            if (wildcard != null) {
                return Optional.of(wildcard);
            }
        }
        return Optional.empty();
    }

    /**
     * The editorial notes on the place this path names, whichever way their paths spell it.
     *
     * @param path a property path, by index or by id; {@code ""} for notes on the whole event
     * @return the notes on that place in recorded order, unmodifiable; those spelled exactly so
     *     when the path names nothing in the event
     * @throws NullPointerException if the path is null
     */
    public List<EditorialNote> notesOn(String path) {
        Objects.requireNonNull(path, "path");
        Pattern place = path.isEmpty() ? null : resolve(path);
        if (place == null || place.problem != null) {
            return event.provenance().notesOn(path);
        }
        List<EditorialNote> found = new ArrayList<>();
        for (EditorialNote note : event.provenance().notes()) {
            if (note.path().equals(path)) {
                found.add(note);
            } else if (!note.path().isEmpty()) {
                Pattern notePlace = resolve(note.path());
                if (notePlace.problem == null && notePlace.toString().equals(place.toString())) {
                    found.add(note);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Why a path names nothing, for a validator's message.
     *
     * @param key what is wrong, the last part of the rule's message key: {@code malformed},
     *     {@code unknownProperty}, {@code notAList}, {@code notAnObject}, {@code noSuchElement},
     *     {@code noSuchKey}, {@code notKeyed}, {@code noSuchItem} or {@code itemsTakeAnId}
     * @param arguments the message's arguments by name, in a stable order (without the path)
     * @param candidates the ids or codes that exist where an id or code named nothing, for a
     *     "did you mean"; empty otherwise
     */
    public record Problem(String key, Map<String, Object> arguments, List<String> candidates) {
        /**
         * Copies the arguments and candidates.
         *
         * @param key what is wrong
         * @param arguments the message's arguments, copied in order
         * @param candidates the ids or codes that exist, copied
         */
        public Problem {
            Objects.requireNonNull(key, "key");
            arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
            candidates = List.copyOf(candidates);
        }
    }

    // ---------------------------------------------------------------- resolving

    /** One step of a resolved path: a property, or a selector after a list. */
    private record Step(String name, int index, String key, boolean wildcard, boolean anyItem) {
        static Step property(String name) {
            return new Step(name, -1, null, false, false);
        }

        static Step element(int index, String key) {
            return new Step(null, index, key, false, false);
        }

        static Step byKey(String key) { // after a wildcard: which index is not known
            return new Step(null, -1, key, false, false);
        }

        static final Step EVERY = new Step(null, -1, null, true, false);
        static final Step ANY_ITEM = new Step(null, -1, null, false, true);

        /** Whether this step of a claim's path matches the step of a concrete place. */
        boolean matches(Step place) {
            if (name != null) {
                return name.equals(place.name);
            }
            if (place.name != null) {
                return false;
            }
            if (wildcard) {
                return true;
            }
            if (index >= 0) {
                return index == place.index && !place.wildcard;
            }
            return key != null && key.equals(place.key);
        }

        @Override
        public String toString() {
            if (anyItem) {
                return "items[*]";
            }
            if (name != null) {
                return name;
            }
            return wildcard ? "[*]" : index >= 0 ? "[" + index + "]" : "[" + key + "]";
        }
    }

    /**
     * A path resolved into steps, or the problem that stopped it. {@code itemEnds} marks the
     * numbers of steps after which the path is at an agenda item.
     */
    private static final class Pattern {
        final List<Step> steps = new ArrayList<>();
        final BitSet itemEnds = new BitSet();
        Problem problem;

        boolean hasWildcard() {
            for (Step step : steps) {
                if (step.wildcard || step.anyItem || (step.name == null && step.index < 0)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether this claim's pattern names the place's first {@code depth} steps. */
        boolean matches(Pattern place, int depth) {
            if (!steps.isEmpty() && steps.get(0).anyItem) {
                for (int start = place.itemEnds.nextSetBit(0); start >= 0 && start <= depth;
                        start = place.itemEnds.nextSetBit(start + 1)) {
                    if (matchesFrom(1, place, start, depth)) {
                        return true;
                    }
                }
                return false;
            }
            return matchesFrom(0, place, 0, depth);
        }

        private boolean matchesFrom(int from, Pattern place, int placeFrom, int depth) {
            if (steps.size() - from != depth - placeFrom) {
                return false;
            }
            for (int i = from; i < steps.size(); i++) {
                if (!steps.get(i).matches(place.steps.get(placeFrom + i - from))) {
                    return false;
                }
            }
            return true;
        }

        Pattern fail(String key, List<String> candidates, Object... arguments) {
            Map<String, Object> named = new LinkedHashMap<>();
            for (int i = 0; i < arguments.length; i += 2) {
                named.put((String) arguments[i], arguments[i + 1]);
            }
            problem = new Problem(key, named, candidates);
            return this;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (Step step : steps) {
                if (step.name != null && text.length() > 0) {
                    text.append('.');
                }
                text.append(step);
            }
            return text.toString();
        }
    }

    /** An agenda item found in the programme, with the steps that lead to it. */
    private record Located(Object item, List<Step> steps) {
    }

    private List<Pattern> claimPatterns() {
        if (claims == null) {
            claims = new ArrayList<>();
            for (Claim claim : event.provenance().claims()) {
                Pattern pattern = claim.path().isEmpty() ? null : resolve(claim.path());
                claims.add(pattern == null || pattern.problem != null ? null : pattern);
            }
        }
        return claims;
    }

    /** Follows the path from the event, stopping at the first part that names nothing. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Pattern resolve(String path) {
        Pattern resolved = new Pattern();
        List<Step> steps = resolved.steps;
        Shape<?> shape = Shapes.EVENT;
        Object object = event; // null once the path goes through a value this event leaves out
        boolean concrete = true; // false after a wildcard: only the shapes are followed
        int position = 0;
        while (position < path.length()) {
            int end = position;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            String name = path.substring(position, end);
            if (shape == null) {
                // after a localized text: a language tag, and nothing after it
                if (name.isEmpty() || end < path.length()) {
                    return resolved.fail("malformed", List.of());
                }
                steps.add(Step.property(name));
                return resolved;
            }
            if (name.isEmpty()) {
                return resolved.fail("malformed", List.of());
            }
            ValueType<?> type;
            Object value;
            if (steps.isEmpty() && name.equals(ITEMS) && shape.property(ITEMS) == null) {
                // the short form: items[id] wherever the item is in the programme
                boolean bracket = end < path.length() && path.charAt(end) == '[';
                int close = bracket ? path.indexOf(']', end) : -1;
                if (bracket && close < 0) {
                    return resolved.fail("malformed", List.of());
                }
                String selector = close < 0 ? "" : path.substring(end + 1, close);
                if (selector.isEmpty() || isDigits(selector)) {
                    return resolved.fail("itemsTakeAnId", List.of());
                }
                type = ValueType.object(Shapes.AGENDA_ITEM);
                if (selector.equals("*")) {
                    steps.add(Step.ANY_ITEM);
                    resolved.itemEnds.set(steps.size());
                    value = null;
                    concrete = false;
                } else {
                    Located item = items().get(selector);
                    if (item == null) {
                        return resolved.fail("noSuchItem", List.copyOf(items().keySet()), "id", selector);
                    }
                    steps.addAll(item.steps);
                    resolved.itemEnds.set(steps.size());
                    value = item.item;
                }
                position = close + 1;
            } else {
                Property property = shape.property(name);
                if (property == null) {
                    return resolved.fail("unknownProperty", List.of(), "name", name, "object", shape.noun(),
                            "names", String.join(", ", shape.propertyNames()));
                }
                steps.add(Step.property(name));
                value = object == null ? null : property.valueIn(object);
                type = property.type();
                position = end;
                if (position < path.length() && path.charAt(position) == '[') {
                    int close = path.indexOf(']', position);
                    if (close < 0) {
                        return resolved.fail("malformed", List.of());
                    }
                    if (!(type instanceof ValueType.ListOf)) {
                        return resolved.fail("notAList", List.of(), "name", name);
                    }
                    String selector = path.substring(position + 1, close);
                    type = ((ValueType.ListOf<?>) type).element();
                    Property key = keyOf(type);
                    List<?> list = value == null ? List.of() : (List<?>) value;
                    if (selector.isEmpty()) {
                        return resolved.fail("malformed", List.of());
                    } else if (selector.equals("*")) {
                        steps.add(Step.EVERY);
                        value = null;
                        concrete = false;
                    } else if (isDigits(selector)) {
                        int index = index(selector);
                        if (index < 0) {
                            return resolved.fail("malformed", List.of());
                        }
                        if (!concrete) {
                            steps.add(Step.element(index, null));
                            value = null;
                        } else if (index >= list.size()) {
                            return resolved.fail("noSuchElement", List.of(), "name", name, "index", index,
                                    "size", list.size());
                        } else {
                            value = list.get(index);
                            steps.add(Step.element(index, keyIn(key, value)));
                        }
                    } else if (key == null) {
                        return resolved.fail("notKeyed", List.of(), "name", name, "selector", selector);
                    } else if (!concrete) {
                        steps.add(Step.byKey(selector));
                        value = null;
                    } else {
                        int found = -1;
                        List<String> keys = new ArrayList<>(list.size());
                        for (int i = 0; i < list.size(); i++) {
                            String k = keyIn(key, list.get(i));
                            keys.add(k);
                            if (found < 0 && selector.equals(k)) {
                                found = i;
                            }
                        }
                        if (found < 0) {
                            return resolved.fail("noSuchKey", keys, "name", name, "key", key.name(), "id", selector);
                        }
                        value = list.get(found);
                        steps.add(Step.element(found, selector));
                    }
                    if (type instanceof ValueType.Nested && ((ValueType.Nested<?>) type).shape() == Shapes.AGENDA_ITEM) {
                        resolved.itemEnds.set(steps.size());
                    }
                    position = close + 1;
                }
            }
            if (position == path.length()) {
                return resolved;
            }
            if (path.charAt(position) != '.' || position + 1 == path.length()) {
                return resolved.fail("malformed", List.of());
            }
            position++;
            switch (type.kind()) {
                case OBJECT:
                    shape = ((ValueType.Nested<?>) type).shape();
                    object = value;
                    break;
                case TEXT:
                    shape = null;
                    object = null;
                    break;
                default:
                    return resolved.fail("notAnObject", List.of(), "name", name);
            }
        }
        return resolved;
    }

    /** The property that keys the elements of a list of this type: its id, else its code; or null. */
    @SuppressWarnings("rawtypes")
    private static Property keyOf(ValueType<?> element) {
        if (!(element instanceof ValueType.Nested)) {
            return null;
        }
        Shape<?> shape = ((ValueType.Nested<?>) element).shape();
        Property<?, ?> id = shape.property("id");
        return id != null ? id : shape.property("code");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String keyIn(Property key, Object element) {
        if (key == null || element == null) {
            return null;
        }
        Object value = key.valueIn(element);
        return value == null ? null : value.toString();
    }

    /** Every agenda item in the programme by id (the first of a duplicated id), with its steps. */
    private Map<String, Located> items() {
        if (items == null) {
            items = new LinkedHashMap<>();
            Property<Event, ?> programme = Shapes.EVENT.property("programme");
            Object value = programme.valueIn(event);
            if (value != null) {
                List<Step> steps = new ArrayList<>();
                steps.add(Step.property("programme"));
                walk(((ValueType.Nested<?>) programme.type()).shape(), value, steps);
            }
        }
        return items;
    }

    /**
     * The properties of each shape through which an agenda item can be reached (the programme's
     * days, a day's items, an item's items...), so that finding the items does not walk the
     * participations, texts and links beside them.
     */
    private static final Map<Shape<?>, List<Property<?, ?>>> TOWARD_ITEMS = towardItems();

    private static Map<Shape<?>, List<Property<?, ?>>> towardItems() {
        Set<Shape<?>> leading = new HashSet<>();
        leading.add(Shapes.AGENDA_ITEM);
        boolean grew = true;
        while (grew) { // until no more shapes are found to lead to items: shapes nest one another
            grew = false;
            for (Shape<?> shape : Shapes.all()) {
                if (!leading.contains(shape)
                        && shape.properties().stream().anyMatch(p -> leadsTo(p.type(), leading))) {
                    leading.add(shape);
                    grew = true;
                }
            }
        }
        Map<Shape<?>, List<Property<?, ?>>> toward = new IdentityHashMap<>();
        for (Shape<?> shape : Shapes.all()) {
            toward.put(shape, shape.properties().stream().filter(p -> leadsTo(p.type(), leading))
                    .<Property<?, ?>>map(p -> p).toList());
        }
        return toward;
    }

    private static boolean leadsTo(ValueType<?> type, Set<Shape<?>> leading) {
        ValueType<?> value = type instanceof ValueType.ListOf<?> list ? list.element() : type;
        return value instanceof ValueType.Nested<?> nested && leading.contains(nested.shape());
    }

    /** Collects the agenda items below an object, at any depth, through the lists of its shape. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void walk(Shape<?> shape, Object object, List<Step> steps) {
        for (Property property : TOWARD_ITEMS.get(shape)) {
            ValueType<?> type = property.type();
            if (type instanceof ValueType.Nested) {
                Object value = property.valueIn(object);
                if (value != null) {
                    steps.add(Step.property(property.name()));
                    walk(((ValueType.Nested<?>) type).shape(), value, steps);
                    steps.remove(steps.size() - 1);
                }
            } else if (type instanceof ValueType.ListOf
                    && ((ValueType.ListOf<?>) type).element() instanceof ValueType.Nested) {
                ValueType<?> element = ((ValueType.ListOf<?>) type).element();
                Shape<?> elementShape = ((ValueType.Nested<?>) element).shape();
                Property key = keyOf(element);
                List<?> list = (List<?>) property.valueIn(object);
                if (list == null) {
                    continue;
                }
                steps.add(Step.property(property.name()));
                for (int i = 0; i < list.size(); i++) {
                    Object child = list.get(i);
                    String id = keyIn(key, child);
                    steps.add(Step.element(i, id));
                    if (elementShape == Shapes.AGENDA_ITEM && id != null) {
                        items.putIfAbsent(id, new Located(child, List.copyOf(steps)));
                    }
                    walk(elementShape, child, steps);
                    steps.remove(steps.size() - 1);
                }
                steps.remove(steps.size() - 1);
            }
        }
    }

    /** Whether a selector is decimal digits only: an index, never an id. */
    private static boolean isDigits(String selector) {
        if (selector.isEmpty()) {
            return false;
        }
        for (int i = 0; i < selector.length(); i++) {
            if (selector.charAt(i) < '0' || selector.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The index a selector of decimal digits gives, or -1 if it is too long to be one. */
    private static int index(String selector) {
        return selector.length() > 9 ? -1 : Integer.parseInt(selector);
    }
}
