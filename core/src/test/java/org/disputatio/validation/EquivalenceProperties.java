package org.disputatio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.ExternalId;
import org.disputatio.model.Involvement;
import org.disputatio.model.InvolvementKind;
import org.disputatio.model.Link;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PersonName;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.Proceedings;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Quote;
import org.disputatio.model.Role;
import org.disputatio.model.Room;
import org.disputatio.model.Session;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.disputatio.model.Term;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.TransportMode;
import org.disputatio.model.Venue;

/**
 * {@link EventValidator}'s direct walk reports exactly what Hibernate Validator reports for the
 * same annotations ({@link HibernateReference}): same paths, messages, severities and
 * constraints, in English and in French, on generated events that break every kind of constraint.
 */
class EquivalenceProperties {

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 300)
    void reportsWhatHibernateValidatorReports(@ForAll("seeds") long seed) {
        Event event = new Generator(new Random(seed)).event();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            List<String> expected = strings(HibernateReference.findings(event, locale));
            List<String> actual = strings(EventValidator.forLocale(locale).validate(event).findings());
            if (!expected.equals(actual)) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(actual);
                List<String> extra = new ArrayList<>(actual);
                extra.removeAll(expected);
                throw new AssertionError("seed " + seed + ", " + locale + ": Hibernate Validator's findings "
                        + "missing: " + missing + "; findings it did not report: " + extra
                        + (missing.isEmpty() && extra.isEmpty() ? "; counts differ: " + expected + " vs " + actual : ""));
            }
        }
    }

    /** A guard on the generator: between them, its events break every constraint of the model. */
    @Example
    void generatedEventsBreakEveryConstraint() {
        Set<String> constraints = new TreeSet<>();
        for (long seed = 0; seed < 300; seed++) {
            for (Finding finding : EventValidator.english().validate(new Generator(new Random(seed)).event()).findings()) {
                constraints.add(finding.constraint());
            }
        }
        assertEquals(new TreeSet<>(List.of("chronological-dates", "complete-translations", "CountryCode",
                "days-within-event", "LanguageTag", "no-double-booking", "no-unused-registrations", "NotBlank",
                "provenance-paths-resolve", "NotNull", "PositiveOrZero",
                "references-resolve", "StatedWeekdayMatches", "times-in-order", "unique-ids", "ValidExternalId",
                "well-formed-language-tags")), constraints);
    }

    private static List<String> strings(List<Finding> findings) {
        return findings.stream().map(f -> f + " [" + f.constraint() + "]").sorted(Comparator.naturalOrder()).toList();
    }

    /** Small events from a seed, with some of every kind of mistake. */
    static final class Generator {
        private static final String[] IDS = {"a", "b", "c", "ada", "", " ", "\t", "x{y}", "50$", "back\\slash"};
        private static final String[] TAGS = {"en", "fr", "en-GB", "EN", "en_GB", "f r", "", "zh-Hant", "x",
            "123", "de-CH-1996", "i-klingon", "fr-x-private", "qaa-Latn-419"};
        private static final String[] COUNTRIES = {"FR", "DE", "UK", "fr", "", "XK", "ZZ"};
        private static final String[][] EXTERNAL_IDS = {{"orcid", "0000-0002-1825-0097"},
            {"orcid", "0000-0002-1825-0098"}, {"wikidata", "Q42"}, {"wikidata", "42"}, {"ror", "05a0dhs15"},
            {"ror", "5a0dhs15"}, {"isni", "000000012146438X"}, {"isni", "0000000121464381"}, {"other", " "},
            {"other", "x{1}"}, {"wikidata", "$1"}};

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        Event event() {
            LocalDate start = maybe(() -> LocalDate.of(2017, 4, 1 + random.nextInt(10)));
            LocalDate end = maybe(() -> LocalDate.of(2017, 4, 1 + random.nextInt(12)));
            List<String> languages = list(3, this::tag);
            Event.Builder builder = Event.builder(id())
                    .kind(random.nextInt(8) == 0 ? null : pick(new EventKind[] {EventKind.CONFERENCE, EventKind.PANEL}))
                    .languages(languages)
                    .title(text())
                    .subtitle(text())
                    .description(text())
                    .dates(start, end)
                    .involvements(list(2, () -> new Involvement(id(), maybe(() -> pick(InvolvementKind.values())))))
                    .people(list(4, this::speaker))
                    .organisations(list(3, () -> new Organisation(id(), text(), Optional.empty(), Optional.empty(),
                            optional(this::country), list(2, this::externalId))))
                    .roles(list(2, () -> new Role(id(), text(), text())))
                    .programme(new Programme(list(3, this::day)))
                    .links(list(2, this::link))
                    .proceedings(new Proceedings(list(2, this::text), list(2, () -> new Term(id(), text())),
                            list(1, () -> new Term(id(), text())),
                            list(2, () -> new Quote(text(), optional(this::id), text())), list(1, this::text)))
                    .provenance(new Provenance(
                            list(2, () -> new SourceDocument(id(), text(), Optional.empty(), list(2, this::tag))),
                            list(2, () -> new Claim(id(), optional(this::id), maybe(() -> pick(Certainty.values())),
                                    "because")),
                            list(2, () -> new EditorialNote("path", optional(this::id),
                                    maybe(() -> pick(NoteKind.values())), Optional.empty(), id()))));
            if (random.nextBoolean()) {
                builder.venue(new Venue(text(),
                        optional(() -> new PostalAddress(Optional.empty(), Optional.empty(), Optional.of("Paris"),
                                Optional.empty(), optional(this::country))),
                        list(2, () -> new TransportAccess(maybe(() -> pick(TransportMode.values())), id(),
                                Optional.empty())),
                        list(1, this::text),
                        list(2, () -> new Room(id(), text()))));
            }
            return builder.build();
        }

        private Speaker speaker() {
            PersonName name = maybe(() -> new PersonName(id(), optional(this::id), optional(this::id),
                    pick(NameOrder.values()), pick(Certainty.values())));
            return new Speaker(id(), Optional.empty(), name,
                    list(2, () -> new Affiliation(optional(this::id), text(), text(), Optional.empty(),
                            optional(this::country))),
                    optional(this::country), list(2, this::externalId));
        }

        private ProgrammeDay day() {
            LocalDate date = maybe(() -> LocalDate.of(2017, 4, 1 + random.nextInt(12)));
            return new ProgrammeDay(date, optional(() -> pick(DayOfWeek.values())), text(), list(5, () -> item(2)));
        }

        /** An item that may contain items, at most {@code depth} levels below it. */
        private AgendaItem item(int depth) {
            Optional<LocalTime> start = optional(() -> LocalTime.of(8 + random.nextInt(4), 15 * random.nextInt(4)));
            Optional<LocalTime> end = optional(() -> LocalTime.of(8 + random.nextInt(5), 15 * random.nextInt(4)));
            List<Participation> participants = list(3, () -> new Participation(id(),
                    random.nextInt(5) == 0 ? id() : "speaker"));
            List<AgendaItem> items = depth > 0 && random.nextInt(4) == 0 ? list(2, () -> item(depth - 1)) : List.of();
            if (random.nextBoolean()) {
                return new Panel(id(), optional(() -> "1"), start, end, text(), text(), text(), participants,
                        List.of(), Optional.empty(), List.of(), items);
            }
            AgendaItemKind kind;
            do {
                kind = pick(AgendaItemKind.builtIn().toArray(AgendaItemKind[]::new));
            } while (kind.equals(AgendaItemKind.PANEL));
            return new Session(id(), random.nextInt(10) == 0 ? null : kind, start, end, text(), text(), text(),
                    participants, List.of(), Optional.empty(), List.of(), items);
        }

        private Link link() {
            return new Link(maybe(() -> URI.create("https://example.org/" + random.nextInt(9))), text(), text(), text(),
                    list(2, this::tag), optional(() -> random.nextInt(5) - 2));
        }

        private ExternalId externalId() {
            String[] id = EXTERNAL_IDS[random.nextInt(EXTERNAL_IDS.length)];
            return new ExternalId(id[0], id[1]);
        }

        private LocalizedText text() {
            LocalizedText.Builder text = LocalizedText.builder();
            Set<String> tags = new java.util.HashSet<>();
            int size = random.nextInt(3);
            for (int i = 0; i < size; i++) {
                String tag = random.nextInt(3) == 0 ? tag() : pick(new String[] {"en", "fr"});
                if (tags.add(tag.toLowerCase(Locale.ROOT))) {
                    text.put(tag, "text " + i);
                }
            }
            return text.build();
        }

        private String id() {
            return random.nextInt(12) == 0 ? null : IDS[random.nextInt(IDS.length)];
        }

        private String tag() {
            return TAGS[random.nextInt(TAGS.length)];
        }

        private String country() {
            return COUNTRIES[random.nextInt(COUNTRIES.length)];
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T maybe(Supplier<T> value) {
            return random.nextInt(8) == 0 ? null : value.get();
        }

        private <T> Optional<T> optional(Supplier<T> value) {
            return random.nextBoolean() ? Optional.empty() : Optional.ofNullable(value.get());
        }

        private <T> List<T> list(int max, Supplier<T> element) {
            int size = random.nextInt(max + 1);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.get());
            }
            return list;
        }
    }
}
