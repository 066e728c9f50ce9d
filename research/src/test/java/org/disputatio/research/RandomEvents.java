package org.disputatio.research;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Programme;
import org.disputatio.model.Provenance;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;

/**
 * Events made from a seed, shaped as real programmes are: several days, untimed, nested and
 * unscheduled items, people in several items and roles, several affiliations, sectors and
 * countries given on the affiliation, the organisation or the person (or nowhere), unregistered
 * participants, inferred facts, and texts with commas, quotes, line breaks and non-ASCII letters.
 */
final class RandomEvents {

    private static final String[] TEXTS = {"Panel 1", "Réponse aux attaques, \"who\" does what?",
        "Line one\nline two", "Windows\r\nline", "Gouvernance ; régulation", "北京 forum", "", "Ålesund, \"Nordic\" view",
        "a,b,c", " padded "};
    private static final String[] NAMES = {"Karin MEYER-LANG", "Qi XIAOXIA", "Pål WRANGE", "O'Brien, Seán",
        "José \"Pepe\" LÓPEZ", "Zoë Ng", "Kwame MENSAH\nOTIENO"};
    private static final String[] SECTORS = {"government", "company", "academia", "civil-society",
        "international-organisation", "defence", "think-tank"};
    private static final String[] COUNTRIES = {"FR", "DE", "US", "NA", "GB", "CN"};
    private static final String[] ROLES = {"chair", "panellist", "keynote-speaker", "inventio", "moderator"};
    private static final AgendaItemKind[] KINDS = {AgendaItemKind.PANEL, AgendaItemKind.OPENING,
        AgendaItemKind.KEYNOTE, AgendaItemKind.BREAK, AgendaItemKind.WORKSHOP};

    private final Random random;
    private int itemCounter;

    private RandomEvents(long seed) {
        this.random = new Random(seed);
    }

    /** Between one and four events from this seed. */
    static List<Event> corpus(long seed) {
        RandomEvents events = new RandomEvents(seed);
        List<Event> corpus = new ArrayList<>();
        int count = 1 + events.random.nextInt(4);
        for (int i = 0; i < count; i++) {
            corpus.add(events.event("event-" + events.random.nextInt(6)));
        }
        return corpus;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private LocalizedText text() {
        if (chance(15)) {
            return LocalizedText.empty();
        }
        return chance(50) ? LocalizedText.of("en", pick(TEXTS)) : LocalizedText.of("fr", pick(TEXTS), "en", pick(TEXTS));
    }

    Event event(String id) {
        itemCounter = 0;
        LocalDate start = LocalDate.of(2017 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(25));
        Event.Builder event = Event.builder(id).kind(EventKind.CONFERENCE).title(text())
                .languages(chance(50) ? List.of("en") : List.of("fr", "en")).dates(start, start.plusDays(2));
        int organisations = random.nextInt(4);
        for (int i = 0; i < organisations; i++) {
            Organisation.Builder organisation = Organisation.builder("o" + i);
            if (chance(70)) {
                organisation.name("en", pick(TEXTS).isEmpty() ? "Org " + i : pick(TEXTS));
            } else {
                organisation.acronym("ORG" + i);
            }
            if (chance(70)) {
                organisation.sector(Sector.of(pick(SECTORS)));
            }
            if (chance(60)) {
                organisation.country(pick(COUNTRIES));
            }
            event.organisation(organisation.build());
        }
        int people = random.nextInt(7);
        for (int i = 0; i < people; i++) {
            String printed = pick(NAMES);
            Speaker.Builder person = Speaker.builder("p" + i);
            if (chance(60)) {
                person.name(printed, "Given", "FAMILY", chance(50) ? NameOrder.GIVEN_FIRST : NameOrder.FAMILY_FIRST,
                        chance(30) ? Certainty.INFERRED : Certainty.STATED);
            } else {
                person.name(printed);
            }
            if (chance(50)) {
                person.honorific(chance(50) ? "Dr" : "Ms");
            }
            int affiliations = random.nextInt(4);
            for (int a = 0; a < affiliations; a++) {
                Affiliation affiliation = organisations > 0 && chance(70) ? Affiliation.at("o" + random.nextInt(organisations))
                        : Affiliation.position(text(), chance(50) ? Sector.of(pick(SECTORS)) : null,
                                chance(50) ? pick(COUNTRIES) : null);
                if (chance(20)) {
                    affiliation = affiliation.withCountry(pick(COUNTRIES));
                }
                if (chance(20)) {
                    affiliation = affiliation.withSector(Sector.of(pick(SECTORS)));
                }
                person.affiliation(affiliation);
            }
            if (chance(40)) {
                person.country(pick(COUNTRIES));
            }
            event.person(person.build());
        }
        List<ProgrammeDay> days = new ArrayList<>();
        int dayCount = random.nextInt(3);
        for (int d = 0; d < dayCount; d++) {
            days.add(ProgrammeDay.of(start.plusDays(d), items(people, 0)));
        }
        List<AgendaItem> unscheduled = chance(40) ? items(people, 0) : List.of();
        event.programme(new Programme(days, unscheduled));
        Provenance.Builder provenance = Provenance.builder();
        if (chance(50)) {
            provenance.claim(Claim.inferred("organisations[*].sector", null, "classified by the encoder"));
        }
        if (people > 0 && chance(50)) {
            provenance.claim(Claim.inferred("people[" + random.nextInt(people) + "].name", null, "split"));
        }
        if (chance(40)) {
            provenance.claim(Claim.inferred("people[*].affiliations[*].country", null, "guessed"));
        }
        if (dayCount > 0 && chance(40)) {
            provenance.claim(Claim.inferred("programme.days[0].items[0].start", null, "from the flyer"));
        }
        if (chance(30)) {
            provenance.claim(Claim.inferred("startDate", null, "the weekday"));
        }
        return event.provenance(provenance.build()).build();
    }

    private List<AgendaItem> items(int people, int depth) {
        List<AgendaItem> items = new ArrayList<>();
        int count = random.nextInt(depth == 0 ? 4 : 3);
        for (int i = 0; i < count; i++) {
            AgendaItemKind kind = pick(KINDS);
            String id = "i" + itemCounter++;
            if (kind.equals(AgendaItemKind.PANEL)) {
                Panel.Builder panel = Panel.builder(id).title(text());
                fill(panel, people, depth);
                items.add(panel.build());
            } else {
                Session.Builder session = Session.builder(id, kind).title(text());
                fill(session, people, depth);
                items.add(session.build());
            }
        }
        return items;
    }

    private void fill(org.disputatio.model.AgendaItemBuilder<?, ?> item, int people, int depth) {
        if (chance(60)) {
            item.start(LocalTime.of(8 + random.nextInt(10), chance(50) ? 0 : 30));
        }
        if (chance(20)) {
            item.end(LocalTime.of(19, 0));
        }
        if (chance(20)) {
            item.track("t" + random.nextInt(2));
        }
        int participants = random.nextInt(5);
        for (int p = 0; p < participants; p++) {
            // a few ids are not registered: their rows keep the id and no name
            String person = "p" + random.nextInt(people + 1);
            Participation participation = Participation.of(person, pick(ROLES));
            if (chance(20)) {
                participation = participation.withTitle(text());
            }
            item.participant(participation);
        }
        if (depth < 2 && chance(30)) {
            item.items(items(people, depth + 1));
        }
    }
}
