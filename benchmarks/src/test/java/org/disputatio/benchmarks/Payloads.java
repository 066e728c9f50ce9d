package org.disputatio.benchmarks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disputatio.examples.UnescoConference2017;
import org.disputatio.io.json.EventJson;
import org.disputatio.io.xml.EventXml;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.PersonName;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Role;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;

/**
 * The events every benchmark measures, generated in code from fixed seeds so that every run
 * reads the same bytes: the UNESCO 2017 sample, synthetic agendas of realistic shape (several
 * days, titles in two languages, 2–4 participants per item out of a few hundred people) and a
 * variant heavy in non-ASCII text (French, Chinese and Arabic names and titles).
 *
 * <p>Every generated event validates with no error, so that validation does its whole work.
 */
public final class Payloads {

    /** Items per programme day: 4-minute slots from 06:00 keep every day's times in order. */
    private static final int ITEMS_PER_DAY = 200;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

    private Payloads() {
    }

    /** A named payload: {@code unesco}, {@code agenda-1k}, {@code agenda-1k-intl}, {@code agenda-10k}. */
    public static Event named(String name) {
        switch (name) {
            case "unesco": return UnescoConference2017.event();
            case "agenda-1k": return agenda(1_000, false, 1);
            case "agenda-1k-intl": return agenda(1_000, true, 1);
            case "agenda-10k": return agenda(10_000, false, 1);
            default: throw new IllegalArgumentException("unknown payload " + name);
        }
    }

    /** The payload as compact UTF-8 JSON. */
    public static byte[] json(Event event) {
        return EventJson.defaults().compact().writeBytes(event);
    }

    /** The payload as UTF-8 XML. */
    public static byte[] xml(Event event) {
        return EventXml.defaults().writeBytes(event);
    }

    /**
     * A synthetic agenda of {@code items} items. People number about a third of the items (at
     * least 20, at most 1,000), organisations a fifth of the people.
     *
     * @param international names and titles in French, Chinese and Arabic instead of English and French
     */
    public static Event agenda(int items, boolean international, long seed) {
        int people = Math.max(20, Math.min(1_000, items / 3));
        return agenda(items, people, Math.max(5, people / 5), international, seed);
    }

    /** A small event of about 1.3 KB of compact JSON, as in a JSON Lines corpus: 3 items, 6 people. */
    public static Event small(long seed) {
        return agenda(3, 6, 2, false, seed);
    }

    private static Event agenda(int items, int peopleCount, int organisationCount, boolean international, long seed) {
        Random random = new Random(seed * 7919 + items);
        int days = (items + ITEMS_PER_DAY - 1) / ITEMS_PER_DAY;
        List<String> languages = international ? List.of("fr", "zh", "ar") : List.of("en", "fr");

        Event.Builder event = Event.builder((international ? "intl-agenda-" : "agenda-") + items + "-" + seed)
                .kind(EventKind.CONFERENCE)
                .title(text(languages, random, "title"))
                .subtitle(text(languages, random, "subtitle"))
                .languages(languages)
                .dates(FIRST_DAY, FIRST_DAY.plusDays(days - 1L))
                .timeZone(ZoneId.of("Europe/Paris"));

        // the six sectors built in when the payloads were first measured, so that they stay comparable
        Sector[] sectors = Sector.builtIn().subList(0, 6).toArray(Sector[]::new);
        for (int o = 0; o < organisationCount; o++) {
            event.organisation(Organisation.builder("org-" + o)
                    .name(text(languages, random, "organisation"))
                    .acronym(o % 3 == 0 ? "ORG" + o : null)
                    .sector(sectors[random.nextInt(sectors.length)])
                    .country(COUNTRIES[random.nextInt(COUNTRIES.length)])
                    .build());
        }
        for (int p = 0; p < peopleCount; p++) {
            Speaker.Builder person = Speaker.builder("person-" + p)
                    .honorific(HONORIFICS[random.nextInt(HONORIFICS.length)])
                    .name(name(international, random))
                    .affiliation(Affiliation.at("org-" + random.nextInt(organisationCount),
                            text(languages, random, "position")));
            if (random.nextInt(4) == 0) {
                person.affiliation(Affiliation.at("org-" + random.nextInt(organisationCount)));
            }
            if (random.nextBoolean()) {
                person.country(COUNTRIES[random.nextInt(COUNTRIES.length)]);
            }
            event.person(person.build());
        }

        Role[] roles = {Roles.CHAIR, Roles.MODERATOR, Roles.PANELLIST, Roles.DISCUSSANT, Roles.INVENTIO,
            Roles.ELOCUTIO, Roles.DISPUTATIO, Roles.KEYNOTE_SPEAKER};
        AgendaItemKind[] kinds = {AgendaItemKind.ADDRESS, AgendaItemKind.KEYNOTE, AgendaItemKind.DIALOGUE,
            AgendaItemKind.OPENING, AgendaItemKind.CONCLUSION};
        List<ProgrammeDay> programme = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            int onThisDay = Math.min(ITEMS_PER_DAY, items - d * ITEMS_PER_DAY);
            List<AgendaItem> dayItems = new ArrayList<>(onThisDay);
            for (int i = 0; i < onThisDay; i++) {
                int number = d * ITEMS_PER_DAY + i;
                LocalTime start = LocalTime.of(6, 0).plusMinutes(4L * i);
                LocalizedText title = text(languages, random, "item");
                LocalizedText description = random.nextInt(3) == 0 ? text(languages.subList(0, 1), random, "description")
                        : LocalizedText.empty();
                int participants = 2 + random.nextInt(3);
                boolean panel = random.nextInt(3) != 0;
                if (panel) {
                    Panel.Builder item = Panel.builder("item-" + number).label(Integer.toString(number + 1))
                            .start(start).end(start.plusMinutes(4)).title(title).description(description);
                    addParticipants(participants, peopleCount, roles, random, item::participant);
                    dayItems.add(item.build());
                } else {
                    Session.Builder item = Session.builder("item-" + number, kinds[random.nextInt(kinds.length)])
                            .start(start).end(start.plusMinutes(4)).title(title).description(description);
                    addParticipants(participants, peopleCount, roles, random, item::participant);
                    dayItems.add(item.build());
                }
            }
            programme.add(ProgrammeDay.of(FIRST_DAY.plusDays(d), dayItems));
        }
        return event.programme(new Programme(programme)).build();
    }

    /** Distinct people in one item, so that nobody is booked twice at once. */
    private static void addParticipants(int count, int peopleCount, Role[] roles, Random random,
            java.util.function.BiConsumer<String, Role> participant) {
        int first = random.nextInt(peopleCount);
        int step = 1 + random.nextInt(peopleCount - 1);
        for (int k = 0; k < count; k++) {
            int person = (int) ((first + (long) k * step) % peopleCount);
            if (k > 0 && person == first) {
                break;
            }
            participant.accept("person-" + person, roles[random.nextInt(roles.length)]);
        }
    }

    private static PersonName name(boolean international, Random random) {
        if (!international) {
            return PersonName.of(GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)]);
        }
        switch (random.nextInt(3)) {
            case 0: return PersonName.of(GIVEN_FR[random.nextInt(GIVEN_FR.length)], FAMILY_FR[random.nextInt(FAMILY_FR.length)]);
            case 1: return PersonName.familyFirst(FAMILY_ZH[random.nextInt(FAMILY_ZH.length)],
                    GIVEN_ZH[random.nextInt(GIVEN_ZH.length)]);
            default: return PersonName.of(GIVEN_AR[random.nextInt(GIVEN_AR.length)], FAMILY_AR[random.nextInt(FAMILY_AR.length)]);
        }
    }

    /** A text in each language, made of 3–9 words of that language. */
    private static LocalizedText text(List<String> languages, Random random, String what) {
        LocalizedText.Builder text = LocalizedText.builder();
        int words = 3 + random.nextInt(7);
        for (String language : languages) {
            String[] vocabulary = words(language);
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0 && !language.equals("zh")) {
                    sentence.append(' ');
                }
                sentence.append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            text.put(language, sentence.toString());
        }
        return text.build();
    }

    private static String[] words(String language) {
        switch (language) {
            case "en": return WORDS_EN;
            case "fr": return WORDS_FR;
            case "zh": return WORDS_ZH;
            case "ar": return WORDS_AR;
            default: throw new IllegalArgumentException(language);
        }
    }

    private static final String[] COUNTRIES = {"FR", "DE", "GB", "US", "CN", "EG", "MA", "BR", "IN", "JP", "CH", "BE"};
    private static final String[] HONORIFICS = {"Mr", "Ms", "Dr", "Prof."};
    private static final String[] GIVEN = {"Anne", "Peter", "Laura", "James", "Maria", "David", "Sarah", "Thomas",
        "Emma", "Daniel", "Julia", "Michael"};
    private static final String[] FAMILY = {"SMITH", "JONES", "MILLER", "BROWN", "TAYLOR", "CLARK", "WALKER",
        "HALL", "YOUNG", "KING", "WRIGHT", "SCOTT"};
    private static final String[] GIVEN_FR = {"Hélène", "François", "Cécile", "Jérôme", "Noël", "Gaëlle", "Loïc"};
    private static final String[] FAMILY_FR = {"LEFÈVRE", "GARÇON", "BÉNÉZET", "CHÂTELET", "DESCÔTES", "MÉNARD"};
    private static final String[] GIVEN_ZH = {"小霞", "建国", "丽华", "志强", "海燕", "明"};
    private static final String[] FAMILY_ZH = {"王", "李", "张", "刘", "陈", "齐"};
    private static final String[] GIVEN_AR = {"محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم"};
    private static final String[] FAMILY_AR = {"العلي", "الحسن", "المصري", "الخطيب", "النجار"};
    private static final String[] WORDS_EN = {"cyber", "security", "norms", "states", "responsibility", "digital",
        "peace", "international", "law", "attribution", "sovereignty", "resilience", "trust", "cooperation",
        "private", "public", "actors", "due", "diligence", "infrastructure"};
    private static final String[] WORDS_FR = {"cybersécurité", "normes", "États", "responsabilité", "numérique",
        "paix", "internationale", "droit", "attribution", "souveraineté", "résilience", "confiance",
        "coopération", "acteurs", "privés", "publics", "diligence", "infrastructures", "réponse", "sécurité"};
    private static final String[] WORDS_ZH = {"网络", "安全", "规范", "国家", "责任", "数字", "和平", "国际", "法律",
        "主权", "信任", "合作", "基础设施"};
    private static final String[] WORDS_AR = {"الأمن", "السيبراني", "المعايير", "الدول", "المسؤولية", "الرقمي",
        "السلام", "الدولي", "القانون", "السيادة", "الثقة", "التعاون"};
}
