package org.disputatio.testkit.jqwik;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.disputatio.model.Event;

/**
 * Valid events of tunable size: events on which {@link org.disputatio.validation.EventValidator}
 * reports nothing at all, no error and no warning. Made by {@link Events#valid()}; each setting
 * gives a new generator, which is itself an {@link Arbitrary}:
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Event> events() {
 *     return Events.valid().days(1, 3).itemsPerDay(0, 20).nesting(2).languages("en", "fr");
 * }
 * }</pre>
 *
 * <p>An event has consecutive programme days from its start date, each with items one after the
 * other between 08:00 and 20:00 (so that nobody is ever double-booked), items that contain
 * items within their own span, panels and sessions of the built-in kinds, participations of
 * registered people in built-in roles, tracks and rooms the items refer to, organisations that
 * are involved and people affiliated with them, and every text meant for readers in every
 * language of the event. Everything registered is used: a person who takes part in no item is
 * quoted in the proceedings. Texts are readable words, not random strings: a shrunk event reads
 * like a small programme. For what formats must survive (any Unicode, every optional part),
 * see {@link AnyEvents}.
 *
 * <p>Defaults: 1 to 3 days, 0 to 6 items a day, items nested 1 level deep at most, 1 to 6
 * people, 0 to 3 organisations, 0 to 2 tracks, 0 to 3 rooms, the language {@code en}.
 */
public final class ValidEvents extends ArbitraryDecorator<Event> {

    /** The most of anything a setting accepts, to keep tries fast. */
    static final int MAX_COUNT = 50;
    /** The deepest nesting a setting accepts. */
    static final int MAX_NESTING = 4;

    final Range days;
    final Range items;
    final int nesting;
    final Range people;
    final Range organisations;
    final Range tracks;
    final Range rooms;
    final List<String> languages;

    /** A range of counts. */
    record Range(int min, int max) {
        static Range of(String what, int min, int max) {
            if (min < 0 || max < min || max > MAX_COUNT) {
                throw new IllegalArgumentException(what + ": expected 0 <= min <= max <= " + MAX_COUNT + ", not "
                        + min + " and " + max);
            }
            return new Range(min, max);
        }

        Range atLeast(int least) {
            return new Range(Math.max(min, least), Math.max(max, least));
        }

        Arbitrary<Integer> arbitrary() {
            return Arbitraries.integers().between(min, max);
        }
    }

    ValidEvents() {
        this(new Range(1, 3), new Range(0, 6), 1, new Range(1, 6), new Range(0, 3), new Range(0, 2),
                new Range(0, 3), List.of("en"));
    }

    private ValidEvents(Range days, Range items, int nesting, Range people, Range organisations, Range tracks,
            Range rooms, List<String> languages) {
        this.days = days;
        this.items = items;
        this.nesting = nesting;
        this.people = people;
        this.organisations = organisations;
        this.tracks = tracks;
        this.rooms = rooms;
        this.languages = languages;
    }

    /**
     * Events with this many programme days.
     *
     * @param min the fewest, 0 or more
     * @param max the most, at most 50
     * @return a new generator
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 50}
     */
    public ValidEvents days(int min, int max) {
        return new ValidEvents(Range.of("days", min, max), items, nesting, people, organisations, tracks, rooms,
                languages);
    }

    /**
     * Events with this many items on each day (not counting the items they contain).
     *
     * @param min the fewest, 0 or more
     * @param max the most, at most 50
     * @return a new generator
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 50}
     */
    public ValidEvents itemsPerDay(int min, int max) {
        return new ValidEvents(days, Range.of("itemsPerDay", min, max), nesting, people, organisations, tracks,
                rooms, languages);
    }

    /**
     * Events whose items contain items this many levels deep at most (up to two children each).
     *
     * @param depth 0 for items that contain none, at most 4
     * @return a new generator
     * @throws IllegalArgumentException if the depth is not between 0 and 4
     */
    public ValidEvents nesting(int depth) {
        if (depth < 0 || depth > MAX_NESTING) {
            throw new IllegalArgumentException("nesting: expected a depth from 0 to " + MAX_NESTING + ", not " + depth);
        }
        return new ValidEvents(days, items, depth, people, organisations, tracks, rooms, languages);
    }

    /**
     * Events with this many people registered.
     *
     * @param min the fewest, 0 or more
     * @param max the most, at most 50
     * @return a new generator
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 50}
     */
    public ValidEvents people(int min, int max) {
        return new ValidEvents(days, items, nesting, Range.of("people", min, max), organisations, tracks, rooms,
                languages);
    }

    /**
     * Events with this many organisations, each involved in the event.
     *
     * @param min the fewest, 0 or more
     * @param max the most, at most 50
     * @return a new generator
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 50}
     */
    public ValidEvents organisations(int min, int max) {
        return new ValidEvents(days, items, nesting, people, Range.of("organisations", min, max), tracks, rooms,
                languages);
    }

    /**
     * Events with this many tracks, to which items may belong.
     *
     * @param min the fewest, 0 or more
     * @param max the most, at most 50
     * @return a new generator
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 50}
     */
    public ValidEvents tracks(int min, int max) {
        return new ValidEvents(days, items, nesting, people, organisations, Range.of("tracks", min, max), rooms,
                languages);
    }

    /**
     * Events with this many rooms at the venue, in which items may run.
     *
     * @param min the fewest, 0 or more
     * @param max the most, at most 50
     * @return a new generator
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 50}
     */
    public ValidEvents rooms(int min, int max) {
        return new ValidEvents(days, items, nesting, people, organisations, tracks, Range.of("rooms", min, max),
                languages);
    }

    /**
     * Events in these languages: every text meant for readers has a translation in each.
     *
     * @param languageTags well-formed BCP 47 tags, at least one, no two equal ignoring case
     * @return a new generator
     * @throws IllegalArgumentException if no tag is given, a tag is null or ill-formed, or two are equal
     */
    public ValidEvents languages(String... languageTags) {
        if (languageTags == null || languageTags.length == 0) {
            throw new IllegalArgumentException("languages: give at least one language tag");
        }
        List<String> tags = new ArrayList<>();
        for (String tag : languageTags) {
            if (tag == null) {
                throw new IllegalArgumentException("languages: a language tag is null");
            }
            try {
                new Locale.Builder().setLanguageTag(tag);
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException("languages: '" + tag + "' is not a well-formed BCP 47 tag: "
                        + e.getMessage(), e);
            }
            if (tags.stream().anyMatch(tag::equalsIgnoreCase)) {
                throw new IllegalArgumentException("languages: '" + tag + "' is given twice");
            }
            tags.add(tag);
        }
        return new ValidEvents(days, items, nesting, people, organisations, tracks, rooms, List.copyOf(tags));
    }

    /**
     * Events of these settings with one fault of this kind planted, each with the finding the
     * validator must report. A fault needs a place: the events have at least one day, one item a
     * day and one person whatever the settings say, and two languages for
     * {@link FaultKind#MISSING_TRANSLATION} (the settings' languages and {@code fr}, or {@code en}).
     *
     * @param kind the kind of fault
     * @return the generator of events with their fault
     * @throws IllegalArgumentException if the kind is null
     */
    public Arbitrary<PlantedFault> withFault(FaultKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("withFault: the fault kind is null");
        }
        ValidEvents base = new ValidEvents(days.atLeast(1), items.atLeast(1), nesting, people.atLeast(1),
                organisations, tracks, rooms, languages);
        if (kind == FaultKind.MISSING_TRANSLATION && languages.size() < 2) {
            List<String> two = new ArrayList<>(languages);
            two.add(languages.get(0).toLowerCase(Locale.ROOT).startsWith("fr") ? "en" : "fr");
            base = base.languages(two.toArray(String[]::new));
        }
        ValidEvents settings = base;
        return Combinators.combine(settings.plans(), Arbitraries.integers().between(0, 999))
                .as((plan, target) -> Faults.plant(plan.build(settings.languages), kind, target, settings.languages));
    }

    /**
     * Events of these settings, each with one fault of any kind, paired with its finding.
     *
     * @return the generator
     */
    public Arbitrary<PlantedFault> withAnyFault() {
        List<Arbitrary<PlantedFault>> all = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            all.add(withFault(kind));
        }
        return Arbitraries.oneOf(all);
    }

    @Override
    protected Arbitrary<Event> arbitrary() {
        return plans().map(plan -> plan.build(languages));
    }

    /** The plans of events, from which the events are built: what jqwik generates and shrinks. */
    Arbitrary<EventPlan> plans() {
        Arbitrary<List<List<EventPlan.ItemPlan>>> programme = itemPlans(nesting).list()
                .ofMinSize(items.min()).ofMaxSize(items.max())
                .list().ofMinSize(days.min()).ofMaxSize(days.max());
        Arbitrary<List<EventPlan.PersonPlan>> registered = Combinators.combine(
                        Arbitraries.integers().between(0, EventPlan.GIVEN.size() - 1),
                        Arbitraries.integers().between(0, EventPlan.FAMILY.size() - 1),
                        Arbitraries.integers().between(0, EventPlan.HONORIFICS.size() - 1).optional(0.3),
                        Arbitraries.integers().between(0, MAX_COUNT).optional(0.5))
                .as(EventPlan.PersonPlan::new)
                .list().ofMinSize(people.min()).ofMaxSize(people.max());
        Arbitrary<EventPlan.Setting> setting = Combinators.combine(
                        Arbitraries.integers().between(0, 12_000),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, Texts.SIZE - 1),
                        Arbitraries.of(false, true), // shrinks to days without a stated weekday
                        Arbitraries.of(EventPlan.ZONES).map(ZoneId::of).optional(0.5))
                .as(EventPlan.Setting::new);
        return Combinators.combine(setting, programme, registered, organisations.arbitrary(), tracks.arbitrary(),
                        rooms.arbitrary())
                .as(EventPlan::new);
    }

    private static Arbitrary<EventPlan.ItemPlan> itemPlans(int depth) {
        Arbitrary<List<EventPlan.ItemPlan>> children = depth == 0 ? Arbitraries.just(List.of())
                : Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(List.<EventPlan.ItemPlan>of())),
                        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> itemPlans(depth - 1)).list().ofMinSize(1)
                                .ofMaxSize(2)));
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, Texts.SIZE - 1),
                        Arbitraries.integers().between(0, MAX_COUNT).list().ofMaxSize(3),
                        Arbitraries.integers().between(0, MAX_COUNT).optional(0.3),
                        Arbitraries.integers().between(0, MAX_COUNT).optional(0.3),
                        children)
                .as(EventPlan.ItemPlan::new);
    }

    /** Reads as {@code ValidEvents[days 1..3, items 0..6, ...]}. */
    @Override
    public String toString() {
        return "ValidEvents[days " + days.min() + ".." + days.max() + ", itemsPerDay " + items.min() + ".."
                + items.max() + ", nesting " + nesting + ", people " + people.min() + ".." + people.max()
                + ", organisations " + organisations.min() + ".." + organisations.max() + ", tracks " + tracks.min()
                + ".." + tracks.max() + ", rooms " + rooms.min() + ".." + rooms.max() + ", languages " + languages
                + "]";
    }

    static LocalDate epoch() {
        return LocalDate.of(2000, 1, 3);
    }

}
