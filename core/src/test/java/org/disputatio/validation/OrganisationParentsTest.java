package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disputatio.model.Affiliation;
import org.disputatio.model.Event;
import org.disputatio.model.Organisation;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;

/** Organisations in organisations: a parent resolves, nothing is its own ancestor, a parent counts as used. */
class OrganisationParentsTest {

    private static List<String> findings(Event event) {
        return EventValidator.english().validate(event).findings().stream().map(Object::toString).toList();
    }

    private static Event withUnits(Organisation... units) {
        Event.Builder b = builder().person(Speaker.builder("grace").name("Grace", "HOPPER")
                .affiliation(Affiliation.at(units[0].id())).build());
        for (Organisation unit : units) {
            b.organisation(unit);
        }
        return b.build();
    }

    @Test
    void aProgrammeInAnInstituteInAUniversityIsValidAndEveryLevelIsUsed() {
        Event event = withUnits(Organisation.builder("chair").parent("institute").locality("Grenoble").build(),
                Organisation.builder("institute").parent("uga").build());
        assertEquals(List.of("WARNING people[2]: grace is registered but appears nowhere: no agenda item or quote names "
                + "this person"), findings(event));
    }

    @Test
    void aParentThatIsNotRegisteredIsAnError() {
        Event event = withUnits(Organisation.builder("chair").parent("nowhere").build());
        assertEquals("ERROR organisations[1].parent: no organisation with id 'nowhere' is registered on this event",
                findings(event).get(0));
    }

    @Test
    void anOrganisationThatIsItsOwnAncestorIsAnError() {
        Event event = withUnits(Organisation.builder("a").parent("b").build(), Organisation.builder("b").parent("a").build());
        assertEquals(List.of("ERROR organisations[1].parent: organisation 'a' is part of itself: following its parents "
                        + "leads back to it",
                "ERROR organisations[2].parent: organisation 'b' is part of itself: following its parents leads back to it"),
                findings(event).stream().filter(f -> f.startsWith("ERROR")).toList());
    }
}
