package org.disputatio.testkit.jqwik;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Audience;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.Definition;
import org.disputatio.model.EventKind;
import org.disputatio.model.ExternalId;
import org.disputatio.model.Involvement;
import org.disputatio.model.Track;
import org.disputatio.model.ItemCondition;
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
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.disputatio.model.Term;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.TransportMode;
import org.disputatio.model.Venue;

/**
 * jqwik generators for {@link Event}s that exercise every part of the model: every list empty
 * and non-empty, every {@code Optional} present and absent, panels and sessions of every kind
 * with and without times, localized texts in many BCP 47 tags (region and script subtags such
 * as {@code zh-Hant}, {@code pt-BR}, {@code sr-Latn-RS}), and text full of what breaks
 * serialisers: accents, CJK, Arabic, emoji and other supplementary characters, quotes,
 * backslashes, the control characters every format can hold ({@code \n}, {@code \t}, {@code \r}, DEL),
 * U+2028/U+2029 and a byte order mark.
 *
 * <p>The events are <em>not</em> valid by the business rules (references dangle, dates are in
 * any order, tags may be ill-formed): reading checks the format, not the rules. They do hold
 * what the JSON format itself requires: every required value (ids, dates, kinds, a person's
 * name, ...: what {@code JsonEventWriter} refuses to write without), codes spelled as codes
 * (lower case, words joined by hyphens), IANA time zone ids rather than offsets, and
 * well-formed Unicode (no unpaired surrogates). {@link #messyEvents()} breaks one of these on
 * purpose.
 *
 * <p>Items may have a heading apart from their title and contain items, two levels deep at most.
 *
 * <p>Sizes stay small (at most three days of at most four items, lists of at most three) so
 * that a property with hundreds of tries runs in a second or two.
 *
 * <p>These are the generators of Disputatio's own format tests (JSON, XML): a format of your
 * own, or a mapping of events into your storage, is tested with them the same way. For events
 * that are valid by the rules, see {@link ValidEvents}.
 */
public final class AnyEvents {

    private AnyEvents() {
    }

    // ---------------------------------------------------------------- text

    /** Language tags as documents use them, including region, script and variant subtags. */
    private static final List<String> LANGUAGE_TAGS = List.of(
            "en", "fr", "de", "es", "ar", "ru", "ja", "ko", "he", "hi", "sw", "fa",
            "zh", "zh-Hant", "zh-Hans", "zh-Hans-CN", "zh-Hant-TW", "pt-BR", "pt-PT", "en-GB", "en-US",
            "fr-CA", "es-419", "sr-Latn-RS", "sr-Cyrl", "az-Latn", "de-CH-1901", "ca-valencia",
            "yue-HK", "und", "mul", "x-private", "en-x-legal", "i-klingon", "art-lojban", "EN", "Fr-ca");

    /** Fixed strings that have broken serialisers before. */
    static final List<String> NASTY_STRINGS = List.of(
            "", " ", "Ouverture", "Sécurité numérique : rôles et responsabilités", "Ça, c'est l'été à Zürich",
            "網絡安全與國際和平", "サイバーセキュリティ", "사이버 보안", "الأمن السيبراني", "שלום",
            "Кибербезопасность", "ελληνικά", "😀🚀🇫🇷", "𝄞 𠜎 𝕏", "👩🏽‍💻", "\"quoted\"", "'single'",
            "back\\slash", "C:\\path\\to\\file", "\\u0041 is not an escape", "line\nbreak", "\r\n",
            "tab\there", "\u007f\u0085 DEL and NEL", "\u2028\u2029", "\u00a0non-breaking",
            "\ufeffBOM", "</script><script>alert(1)</script>", "{\"formatVersion\": 2}", "null", "true", "1e1000",
            "combining e\u0301", "RTL \u202e override", "zero\u200bwidth", "\uFFFD replacement", "\uFFFDnear the noncharacters\uFFFD");

    /**
     * Code points of every kind text may contain: never a lone surrogate, nor a character that
     * some format cannot hold (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF),
     * which readers refuse.
     */
    static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(5, Arbitraries.of((int) '"', (int) '\\', (int) '/', (int) '\n', (int) '\t', (int) '\r')),
                Tuple.of(3, Arbitraries.of((int) '\t', (int) '\n', (int) '\r', 0x7f, 0x85)),
                Tuple.of(8, Arbitraries.integers().between(0xa0, 0x17f)),
                Tuple.of(6, Arbitraries.integers().between(0x4e00, 0x9fff)),
                Tuple.of(4, Arbitraries.integers().between(0x0600, 0x06ff)),
                Tuple.of(4, Arbitraries.integers().between(0x1f300, 0x1faff)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10ffff)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xfffd)
                        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)));
    }

    /**
     * The language tags the generated texts are mostly keyed by: region, script and variant
     * subtags, grandfathered and private-use tags, and tags in odd case ({@code EN}, {@code Fr-ca}).
     *
     * @return the tags, unmodifiable
     */
    public static List<String> wellKnownLanguageTags() {
        return LANGUAGE_TAGS;
    }

    /**
     * Any well-formed text, short, often nasty: accents, CJK, Arabic, emoji, quotes,
     * backslashes, line breaks, tabs, DEL, U+2028, a byte order mark; never an unpaired
     * surrogate or a character no format can hold.
     *
     * @return the generator
     */
    public static Arbitrary<String> strings() {
        Arbitrary<String> random = codePoints().list().ofMaxSize(12).map(AnyEvents::fromCodePoints);
        return Arbitraries.frequencyOf(
                Tuple.of(3, random),
                Tuple.of(2, Arbitraries.of(NASTY_STRINGS)),
                Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars('-', '_', '.').ofMaxLength(10)));
    }

    /**
     * Codes of the open vocabularies (event kinds, roles, themes, identifier schemes): lower
     * case letters and digits, words joined by single hyphens, as the format requires.
     */
    static Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
    }

    /** Identifiers: mostly slugs, sometimes anything at all (validation, not reading, judges them). */
    static Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1)
                        .ofMaxLength(12)),
                Tuple.of(1, strings()));
    }

    static Arbitrary<String> languageTags() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(LANGUAGE_TAGS)),
                // tags as a messy document may give them: kept as given, judged by validation
                Tuple.of(1, strings().filter(s -> s.length() <= 20)));
    }

    /**
     * A localized text of zero to four translations, tags unique ignoring case, in random order.
     *
     * @return the generator
     */
    public static Arbitrary<LocalizedText> localizedTexts() {
        return upTo(4, Combinators.combine(languageTags(), strings()).as(Tuple::of))
                .map(AnyEvents::toText);
    }

    /** A localized text with at least one translation. */
    static Arbitrary<LocalizedText> nonEmptyTexts() {
        return localizedTexts().filter(text -> !text.isEmpty());
    }

    private static LocalizedText toText(List<Tuple2<String, String>> translations) {
        LocalizedText.Builder text = LocalizedText.builder();
        for (Tuple2<String, String> translation : translations) {
            try {
                text.put(translation.get1(), translation.get2());
            } catch (IllegalArgumentException sameLanguage) {
                // a tag equal ignoring case to one already there ("EN" after "en", "ſ" after "s"): skipped
            }
        }
        return text.build();
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }

    /** Lists of zero to three elements, empty a third of the time. */
    static <T> Arbitrary<List<T>> small(Arbitrary<T> element) {
        return upTo(3, element);
    }

    static <T> Arbitrary<List<T>> upTo(int size, Arbitrary<T> element) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<T>of())),
                Tuple.of(2, element.list().ofMinSize(1).ofMaxSize(size)));
    }

    // ---------------------------------------------------------------- values

    /** Dates from year -999,999,999 to +999,999,999, mostly recent ones. */
    static Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> recent = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> any = Arbitraries.longs()
                .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Arbitraries.frequencyOf(
                Tuple.of(8, recent),
                Tuple.of(1, any),
                Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1),
                        LocalDate.of(-1, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
                        LocalDate.of(2016, 2, 29))));
    }

    /** Times to the minute, to the second and to the nanosecond. */
    static Arbitrary<LocalTime> times() {
        Arbitrary<LocalTime> minutes = Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(m -> LocalTime.of(m / 60, m % 60));
        Arbitrary<LocalTime> seconds = Arbitraries.integers().between(0, 24 * 3600 - 1)
                .map(LocalTime::ofSecondOfDay);
        Arbitrary<LocalTime> nanos = Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay())
                .map(LocalTime::ofNanoOfDay);
        return Arbitraries.frequencyOf(
                Tuple.of(6, minutes),
                Tuple.of(2, seconds),
                Tuple.of(1, nanos),
                Tuple.of(1, Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.NOON,
                        LocalTime.of(9, 30, 0, 1_000_000))));
    }

    /**
     * IANA time zone ids, every one the runtime knows (the format refuses offsets such as
     * {@code +01:00}: they are not zones), with some awkward ones more often.
     */
    static Arbitrary<ZoneId> zones() {
        List<String> regions = new ArrayList<>(ZoneId.getAvailableZoneIds());
        regions.sort(null);
        List<String> awkward = new ArrayList<>(List.of("Europe/Paris", "UTC", "GMT", "UCT", "Etc/GMT-14", "Etc/GMT+12",
                "America/Argentina/ComodRivadavia", "America/Indiana/Knox", "Asia/Kathmandu", "EST5EDT", "Antarctica/Troll"));
        awkward.retainAll(regions);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(regions)),
                Tuple.of(1, Arbitraries.of(awkward))).map(ZoneId::of);
    }

    /** URIs: web, mail, URN, relative, empty, with IRI characters and escapes. */
    static Arbitrary<URI> uris() {
        Arbitrary<String> fixed = Arbitraries.of(
                "https://en.unesco.org/", "https://www.example.org/path/to/page?query=1&x=%20y#frag",
                "http://例え.テスト/パス?クエリ", "mailto:someone@example.org", "urn:isbn:978-3-16-148410-0",
                "file:///C:/Users/x/doc.pdf", "relative/path", "../up", "", "#only-fragment",
                "https://[2001:db8::1]:8443/", "https://user:pw@host.example:65535/a%2Fb", "tel:+33-1-45-68-10-00",
                "https://example.org/%F0%9F%98%80", "https://example.org/😀");
        Arbitrary<String> built = Combinators.combine(
                        Arbitraries.of("http", "https", "ftp", "x-custom"),
                        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '.').ofMinLength(1)
                                .ofMaxLength(15),
                        Arbitraries.strings().alpha().numeric().withChars('/', '-', '_', '~', '.', '%').ofMaxLength(20))
                .as((scheme, host, path) -> scheme + "://" + host + "/" + path);
        return Arbitraries.oneOf(fixed, built).map(AnyEvents::uriOrNull).filter(uri -> uri != null);
    }

    private static URI uriOrNull(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- people and organisations

    static Arbitrary<ExternalId> externalIds() {
        Arbitrary<String> schemes = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(ExternalId.WIKIDATA, ExternalId.ORCID, ExternalId.ROR, ExternalId.ISNI)),
                Tuple.of(1, codes()));
        return Combinators.combine(schemes, strings()).as(ExternalId::new);
    }

    static Arbitrary<Organisation> organisations() {
        return Combinators.combine(ids(), localizedTexts(), strings().optional(0.5), sectors().optional(0.5),
                        countries().optional(0.5), small(externalIds()), ids().optional(0.2), strings().optional(0.3))
                .as(Organisation::new);
    }

    /** Sectors: built-in ones mostly, any other code sometimes (an open vocabulary). */
    static Arbitrary<Sector> sectors() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Sector.builtIn())), Tuple.of(1, codes().map(Sector::of)));
    }

    /** Codes an event adds to an open vocabulary. */
    static Arbitrary<Definition> definitions() {
        return Combinators.combine(codes(), localizedTexts(), localizedTexts()).as(Definition::new);
    }

    static Arbitrary<String> countries() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("FR", "GB", "US", "CN", "DE", "BR", "EG", "JP", "IN", "AU")),
                Tuple.of(1, strings()));
    }

    /**
     * Names as printed: printed-only names (mononyms among them), names with both parts or one,
     * stated or inferred, in either order; the printed form is not always the parts joined.
     */
    static Arbitrary<PersonName> personNames() {
        Arbitrary<PersonName> printedOnly = strings().map(PersonName::printedOnly);
        Arbitrary<PersonName> mononyms = Arbitraries.of("Sukarno", "Suharto", "Pelé", "Madonna").map(PersonName::printedOnly);
        Arbitrary<PersonName> withParts = Combinators.combine(strings(), strings().optional(0.7),
                        strings().optional(0.8), Arbitraries.of(NameOrder.class), Arbitraries.of(Certainty.class))
                .as(PersonName::new);
        Arbitrary<PersonName> fromParts = Combinators.combine(strings().optional(0.5), strings(),
                Arbitraries.of(NameOrder.class)).as(PersonName::new);
        return Arbitraries.frequencyOf(Tuple.of(2, printedOnly), Tuple.of(1, mononyms), Tuple.of(3, withParts),
                Tuple.of(2, fromParts));
    }

    static Arbitrary<Affiliation> affiliations() {
        return Combinators.combine(ids().optional(0.5), localizedTexts(), localizedTexts(),
                        sectors().optional(0.5), countries().optional(0.5))
                .as(Affiliation::new);
    }

    static Arbitrary<Speaker> people() {
        return Combinators.combine(ids(), Arbitraries.of("Mr.", "Ms", "Dr", "Prof.", "S.E.M.", "H.E.").optional(0.5),
                        personNames(), small(affiliations()), countries().optional(0.5), small(externalIds()))
                .as(Speaker::new);
    }

    static Arbitrary<Involvement> involvements() {
        return Combinators.combine(ids(), Arbitraries.of(InvolvementKind.class)).as(Involvement::new);
    }

    static Arbitrary<Role> roles() {
        return Combinators.combine(codes(), localizedTexts(), localizedTexts()).as(Role::new);
    }

    // ---------------------------------------------------------------- programme

    static Arbitrary<Participation> participations() {
        Arbitrary<String> roleCodes = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("inventio", "elocutio", "disputatio", "chair", "moderator", "panellist",
                        "opening-speaker", "keynote-speaker")),
                Tuple.of(1, codes()));
        // a contribution's title and description now and then, as programmes that list papers print them
        return Combinators.combine(ids(), roleCodes, localizedTexts().injectNull(0.7), localizedTexts().injectNull(0.8))
                .as((person, role, title, description) -> new Participation(person, role,
                        title == null ? LocalizedText.empty() : title,
                        description == null ? LocalizedText.empty() : description));
    }

    /** Where an item runs and under which conditions: rooms, a track, conditions; often none. */
    record Placement(List<String> rooms, Optional<String> track, List<ItemCondition> conditions) {
    }

    static Arbitrary<Placement> placements() {
        return Combinators.combine(small(ids()), ids().optional(0.3), small(Arbitraries.of(ItemCondition.class)))
                .as(Placement::new);
    }

    static Arbitrary<Panel> panels() {
        return Combinators.combine(ids(), strings().optional(0.5), times().optional(0.5), times().optional(0.5),
                        localizedTexts(), localizedTexts(), small(participations()), placements())
                .as((id, label, start, end, title, description, participants, at) -> new Panel(id, label, start, end,
                        title, description, participants, at.rooms(), at.track(), at.conditions()));
    }

    static Arbitrary<Session> sessions() {
        Arbitrary<AgendaItemKind> kinds = Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.of(AgendaItemKind.builtIn())),
                        Tuple.of(1, codes().map(AgendaItemKind::of)))
                .filter(kind -> !kind.equals(AgendaItemKind.PANEL));
        return Combinators.combine(ids(), kinds, times().optional(0.5), times().optional(0.5), localizedTexts(),
                        localizedTexts(), small(participations()), placements())
                .as((id, kind, start, end, title, description, participants, at) -> new Session(id, kind, start, end,
                        title, description, participants, at.rooms(), at.track(), at.conditions()));
    }

    static Arbitrary<Track> tracks() {
        return Combinators.combine(ids(), localizedTexts()).as(Track::new);
    }

    /** Items, some with a heading apart from their title, some containing items (at most two levels below). */
    static Arbitrary<AgendaItem> items() {
        return items(2);
    }

    /**
     * Items that contain items at most {@code depth} levels below them.
     *
     * @param depth how deep the generated items may nest; 0 for items that contain none
     */
    static Arbitrary<AgendaItem> items(int depth) {
        Arbitrary<AgendaItem> flat = Arbitraries.oneOf(panels(), sessions());
        Arbitrary<List<AgendaItem>> children = depth == 0 ? Arbitraries.just(List.of())
                : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<AgendaItem>of())),
                        Tuple.of(1, upTo(2, Arbitraries.lazy(() -> items(depth - 1)))));
        return Combinators.combine(flat, localizedTexts().injectNull(0.7), children)
                .as((item, heading, items) -> withHeadingAndItems(item,
                        heading == null ? LocalizedText.empty() : heading, items));
    }

    /** The item with this heading and these child items. */
    static AgendaItem withHeadingAndItems(AgendaItem item, LocalizedText heading, List<AgendaItem> items) {
        if (item instanceof Panel panel) {
            return new Panel(panel.id(), panel.label(), panel.start(), panel.end(), heading, panel.title(),
                    panel.description(), panel.participants(), panel.rooms(), panel.track(), panel.conditions(),
                    items);
        }
        Session session = (Session) item;
        return new Session(session.id(), session.kind(), session.start(), session.end(), heading, session.title(),
                session.description(), session.participants(), session.rooms(), session.track(),
                session.conditions(), items);
    }

    static Arbitrary<ProgrammeDay> days() {
        return Combinators.combine(dates(), Arbitraries.of(DayOfWeek.class).optional(0.5), localizedTexts(),
                        upTo(4, items()))
                .as(ProgrammeDay::new);
    }

    static Arbitrary<Programme> programmes() {
        // items not yet placed on a day now and then, as "programme to be confirmed" pages print them
        return Combinators.combine(upTo(3, days()), Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<AgendaItem>of())),
                Tuple.of(1, upTo(2, items()))), small(tracks())).as(Programme::new);
    }

    // ---------------------------------------------------------------- venue, links, audience

    static Arbitrary<PostalAddress> addresses() {
        return Combinators.combine(strings().optional(0.5), strings().optional(0.5), strings().optional(0.5),
                        strings().optional(0.5), countries().optional(0.5))
                .as(PostalAddress::new);
    }

    static Arbitrary<TransportAccess> accesses() {
        return Combinators.combine(Arbitraries.of(TransportMode.class), strings(), strings().optional(0.5))
                .as(TransportAccess::new);
    }

    static Arbitrary<Room> rooms() {
        return Combinators.combine(ids(), localizedTexts()).as(Room::new);
    }

    static Arbitrary<Venue> venues() {
        return Combinators.combine(localizedTexts(), addresses().optional(0.5), small(accesses()),
                        small(localizedTexts()), small(rooms()))
                .as(Venue::new);
    }

    static Arbitrary<Link> links() {
        Arbitrary<Integer> counts = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 200)),
                Tuple.of(1, Arbitraries.of(0, Integer.MAX_VALUE)));
        return Combinators.combine(uris(), localizedTexts(), localizedTexts(), localizedTexts(),
                        small(languageTags()), counts.optional(0.5))
                .as(Link::new);
    }

    static Arbitrary<Audience> audiences() {
        return Combinators.combine(small(nonEmptyOrAny()), localizedTexts()).as(Audience::new);
    }

    /** Elements of a list of texts: usually with text, sometimes empty (an empty element is kept). */
    private static Arbitrary<LocalizedText> nonEmptyOrAny() {
        return Arbitraries.frequencyOf(Tuple.of(5, nonEmptyTexts()), Tuple.of(1, Arbitraries.just(LocalizedText.empty())));
    }

    // ---------------------------------------------------------------- proceedings and provenance

    static Arbitrary<Term> terms() {
        return Combinators.combine(codes(), localizedTexts()).as(Term::new);
    }

    static Arbitrary<Quote> quotes() {
        return Combinators.combine(localizedTexts(), ids().optional(0.5), localizedTexts()).as(Quote::new);
    }

    static Arbitrary<Proceedings> proceedings() {
        return Combinators.combine(small(nonEmptyOrAny()), small(terms()), small(terms()), small(quotes()),
                        small(nonEmptyOrAny()))
                .as(Proceedings::new);
    }

    static Arbitrary<SourceDocument> sources() {
        return Combinators.combine(ids(), localizedTexts(), strings().optional(0.5), small(languageTags()))
                .as(SourceDocument::new);
    }

    static Arbitrary<String> propertyPaths() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("startDate", "venue.address.postalCode", "programme.days[0].items[4].title",
                        "organisations[*].sector", "people[2].name.family")),
                Tuple.of(1, strings()));
    }

    static Arbitrary<Claim> claims() {
        return Combinators.combine(propertyPaths(), ids().optional(0.5), Arbitraries.of(Certainty.class), strings())
                .as(Claim::new);
    }

    static Arbitrary<EditorialNote> notes() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(3, propertyPaths())),
                        ids().optional(0.5), Arbitraries.of(NoteKind.class), strings().optional(0.5), strings())
                .as(EditorialNote::new);
    }

    static Arbitrary<Provenance> provenances() {
        return Combinators.combine(small(sources()), small(claims()), small(notes())).as(Provenance::new);
    }

    // ---------------------------------------------------------------- events

    static Arbitrary<EventKind> eventKinds() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(EventKind.builtIn())),
                Tuple.of(1, codes().map(EventKind::of)));
    }

    /**
     * Events with every part of the model, each optional part present about half the time.
     *
     * @return the generator
     */
    public static Arbitrary<Event> events() {
        return Builders.withBuilder(() -> Event.builder("event"))
                .use(ids()).in(Event.Builder::id)
                .use(eventKinds()).in(Event.Builder::kind)
                .use(localizedTexts()).in(Event.Builder::title)
                .use(localizedTexts()).in(Event.Builder::subtitle)
                .use(localizedTexts()).in(Event.Builder::description)
                .use(small(languageTags())).in(Event.Builder::languages)
                .use(dates()).in(Event.Builder::date)
                .use(Combinators.combine(dates(), dates()).as(Tuple::of)).withProbability(0.5)
                        .in((b, d) -> b.dates(d.get1(), d.get2()))
                .use(zones()).withProbability(0.6).in(Event.Builder::timeZone)
                .use(venues()).withProbability(0.6).in(Event.Builder::venue)
                .use(small(involvements())).in(Event.Builder::involvements)
                .use(small(organisations())).in(Event.Builder::organisations)
                .use(small(people())).in(Event.Builder::people)
                .use(small(roles())).in(Event.Builder::roles)
                .use(small(definitions())).in(Event.Builder::eventKinds)
                .use(small(definitions())).in(Event.Builder::itemKinds)
                .use(small(definitions())).in(Event.Builder::sectors)
                .use(programmes()).in(Event.Builder::programme)
                .use(small(links())).in(Event.Builder::links)
                .use(audiences()).withProbability(0.5).in(Event.Builder::audience)
                .use(proceedings()).withProbability(0.5).in(Event.Builder::proceedings)
                .use(provenances()).withProbability(0.5).in(Event.Builder::provenance)
                .build(Event.Builder::build);
    }

    /**
     * Events with one thing the model allows and the format cannot hold: a missing id, kind or
     * date, a kind or role that is not a code, an offset for a time zone, a person without a name, a participant without a person, a link
     * without a URL, an unpaired surrogate in a text, a tag or an id. Writing such an event
     * must fail with an {@code IllegalArgumentException}, or give a document that reads back.
     *
     * @return the generator
     */
    public static Arbitrary<Event> messyEvents() {
        return Combinators.combine(events(), Arbitraries.of(Mess.class)).as((event, mess) -> mess.apply(event));
    }

    /** One way to spoil an event. */
    enum Mess {
        NO_ID, NO_KIND, EMPTY_KIND, KIND_NOT_A_CODE, ROLE_NOT_A_CODE, OFFSET_TIME_ZONE, NO_START_DATE, NO_END_DATE, PERSON_WITHOUT_NAME, PARTICIPANT_WITHOUT_PERSON,
        LINK_WITHOUT_URL, DAY_WITHOUT_DATE, LONE_SURROGATE_IN_TEXT, LONE_SURROGATE_IN_TAG, LONE_SURROGATE_IN_ID;

        Event apply(Event event) {
            Event.Builder b = event.toBuilder();
            switch (this) {
                case NO_ID: return b.id(null).build();
                case NO_KIND: return b.kind(null).build();
                case EMPTY_KIND: return b.kind(EventKind.of("")).build();
                case KIND_NOT_A_CODE: return b.kind(EventKind.of("Round Table")).build();
                case ROLE_NOT_A_CODE:
                    return b.role(new Role("Keynote_Speaker", LocalizedText.empty(), LocalizedText.empty())).build();
                case OFFSET_TIME_ZONE: return b.timeZone(java.time.ZoneOffset.ofHours(1)).build();
                case NO_START_DATE: return b.dates(null, event.endDate()).build();
                case NO_END_DATE: return b.dates(event.startDate(), null).build();
                case PERSON_WITHOUT_NAME:
                    return b.person(new Speaker("nameless", java.util.Optional.empty(), null, List.of(),
                            java.util.Optional.empty(), List.of())).build();
                case PARTICIPANT_WITHOUT_PERSON:
                    return b.programme(new Programme(List.of(ProgrammeDay.of(event.startDate(),
                            Panel.builder("p").participant(new Participation(null, "chair")).build())))).build();
                case LINK_WITHOUT_URL: return b.link(Link.to(null)).build();
                case DAY_WITHOUT_DATE:
                    return b.programme(new Programme(List.of(ProgrammeDay.of(null, List.of())))).build();
                case LONE_SURROGATE_IN_TEXT: return b.title(event.title().with("xx", "broken \ud800 text")).build();
                case LONE_SURROGATE_IN_TAG: return b.subtitle(LocalizedText.of("en\udc00", "text")).build();
                case LONE_SURROGATE_IN_ID: return b.id("id-\udbff").build();
                default: throw new IllegalStateException(name());
            }
        }
    }

    /**
     * Events with only what the format requires: id, kind, dates.
     *
     * @return the generator
     */
    public static Arbitrary<Event> minimalEvents() {
        return Combinators.combine(ids(), eventKinds(), dates(), dates())
                .as((id, kind, start, end) -> Event.builder(id).kind(kind).dates(start, end).build());
    }
}
