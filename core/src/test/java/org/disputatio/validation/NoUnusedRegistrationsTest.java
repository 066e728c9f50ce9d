package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disputatio.model.Affiliation;
import org.disputatio.model.Event;
import org.disputatio.model.Involvement;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Proceedings;
import org.disputatio.model.Quote;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;

/** The rule no-unused-registrations: a registered person or organisation appears somewhere. */
class NoUnusedRegistrationsTest {

    private static List<String> findings(EventValidator validator, Event event) {
        return validator.validate(event).findings().stream()
                .filter(f -> f.constraint().equals("no-unused-registrations")).map(Object::toString).toList();
    }

    @Test
    void thePeopleOfTheProgrammeAndTheirOrganisationsAreUsed() {
        assertEquals(List.of(), findings(EventValidator.english(), SmallEvents.valid()));
    }

    @Test
    void warnsAboutAPersonAndAnOrganisationNothingNames() {
        Event event = builder()
                .person(Speaker.builder("grace").name("Grace", "HOPPER").build())
                .organisation(Organisation.builder("anssi").name("en", "ANSSI").build())
                .build();
        assertEquals(List.of("WARNING organisations[1]: anssi is registered but appears nowhere: no involvement or "
                        + "affiliation names this organisation",
                "WARNING people[2]: grace is registered but appears nowhere: no agenda item or quote names this person"),
                findings(EventValidator.english(), event));
        assertEquals(List.of("WARNING organisations[1]: anssi est enregistrée mais n'apparaît nulle part : aucune "
                        + "participation ni aucune affiliation ne nomme cette organisation",
                "WARNING people[2]: grace est enregistré mais n'apparaît nulle part : aucun point du programme ni "
                        + "aucune citation ne nomme cette personne"),
                findings(EventValidator.forLocale(Locale.FRENCH), event));
    }

    @Test
    void aQuoteAnInvolvementAndAnAffiliationCount() {
        Event event = builder()
                .person(Speaker.builder("grace").name("Grace", "HOPPER").affiliation(Affiliation.at("navy")).build())
                .person(Speaker.builder("quoted").name("Q", "UOTED").build())
                .organisation(Organisation.builder("navy").name("en", "US Navy").build())
                .organisation(Organisation.builder("anssi").name("en", "ANSSI").build())
                .involvement(Involvement.organiser("anssi"))
                .proceedings(Proceedings.builder().quote(new Quote(LocalizedText.of("en", "..."), Optional.of("quoted"),
                        LocalizedText.empty())).build())
                .build();
        assertEquals(List.of("WARNING people[2]: grace is registered but appears nowhere: no agenda item or quote "
                + "names this person"), findings(EventValidator.english(), event));
    }

    @Test
    void isAWarningThatCanBeSwitchedOff() {
        Event event = builder().person(Speaker.builder("grace").name("Grace", "HOPPER").build()).build();
        EventValidator.english().validate(event).assertValid();
        EventValidator.english().without("no-unused-registrations").validate(event).assertNoFindings();
    }
}
