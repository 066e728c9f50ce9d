package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.DAY_ONE;
import static org.disputatio.validation.SmallEvents.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Definition;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.disputatio.model.Vocabulary;
import org.junit.jupiter.api.Test;

/** Every open vocabulary alike: a code is built in or registered on the event, else an error that suggests one. */
class OpenVocabulariesTest {

    private static List<String> errors(Event event, EventValidator validator) {
        return validator.validate(event).findings().stream().map(Object::toString).toList();
    }

    private static List<String> errors(Event event) {
        return errors(event, EventValidator.english());
    }

    private static Event withCodes(String eventKind, String itemKind, String sector) {
        Session dinner = Session.builder("dinner", AgendaItemKind.of(itemKind)).start(LocalTime.of(20, 0)).build();
        return builder().kind(EventKind.of(eventKind))
                .organisation(Organisation.builder("ietf").acronym("IETF").sector(Sector.of(sector)).build())
                .person(Speaker.builder("vint").name("Vint", "CERF")
                        .affiliation(Affiliation.at("ietf").withSector(Sector.of(sector))).build())
                .programme(new Programme(List.of(ProgrammeDay.of(DAY_ONE, dinner)), List.of(
                        Session.builder("reception", AgendaItemKind.of(itemKind)).build())))
                .build();
    }

    @Test
    void builtInCodesOfEveryVocabularyResolve() {
        assertEquals(List.of(), errors(withCodes("forum", "social-dinner", "standards-body")).stream()
                .filter(finding -> finding.startsWith("ERROR")).toList());
    }

    @Test
    void aMisspeltCodeIsAnErrorWithTheCodeItMostLikelyMeant() {
        assertEquals(List.of(
                "ERROR kind: no event kind with code 'conferance' is built in or registered on this event; "
                        + "did you mean 'conference'?",
                "ERROR organisations[1].sector: no sector with code 'think-tnak' is built in or registered on this "
                        + "event; did you mean 'think-tank'?",
                "ERROR people[2].affiliations[0].sector: no sector with code 'think-tnak' is built in or registered "
                        + "on this event; did you mean 'think-tank'?",
                "ERROR programme.days[0].items[0].kind: no agenda item kind with code 'social-diner' is built in or "
                        + "registered on this event; did you mean 'social-dinner'?",
                "ERROR programme.unscheduled[0].kind: no agenda item kind with code 'social-diner' is built in or "
                        + "registered on this event; did you mean 'social-dinner'?"),
                errors(withCodes("conferance", "social-diner", "think-tnak")).stream()
                        .filter(finding -> finding.startsWith("ERROR")).toList());
    }

    @Test
    void aCodeFarFromAnyIsAnErrorWithoutSuggestionInFrenchToo() {
        List<String> french = errors(withCodes("hackathon", "poster-session", "trade-union"), EventValidator.forLocale(java.util.Locale.FRENCH))
                .stream().filter(finding -> finding.startsWith("ERROR kind:")).toList();
        assertEquals(List.of("ERROR kind: aucun type d'événement de code 'hackathon' n'est prédéfini ni enregistré "
                        + "pour cet événement"), french);
    }

    @Test
    void codesTheEventRegistersResolve() {
        Event event = withCodes("hackathon", "poster-session", "trade-union").toBuilder()
                .define(Vocabulary.EVENT_KIND, Definition.of("hackathon", LocalizedText.of("en", "Hackathon")))
                .define(Vocabulary.ITEM_KIND, Definition.of("poster-session", LocalizedText.of("en", "Posters")))
                .define(Vocabulary.SECTOR, Definition.of("trade-union", LocalizedText.of("en", "Trade union")))
                .build();
        assertEquals(List.of(), errors(event).stream().filter(finding -> finding.startsWith("ERROR")).toList());
    }
}
