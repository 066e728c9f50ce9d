package org.disputatio.testkit.jqwik;

import static org.disputatio.testkit.EventAssertions.assertFindings;
import static org.disputatio.testkit.EventAssertions.assertNoWarnings;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.model.Event;

/** The generators keep their promise: valid events have no finding, a planted fault gives exactly its finding. */
class PlantedFaultProperties {

    @Property(tries = 100)
    void validEventsHaveNoFindingAtAll(@ForAll("valid") Event event) {
        assertNoWarnings(event);
    }

    @Provide
    Arbitrary<Event> valid() {
        return Events.valid();
    }

    @Property(tries = 50)
    void largerValidEventsHaveNoFindingAtAll(@ForAll("larger") Event event) {
        assertNoWarnings(event);
    }

    @Provide
    Arbitrary<Event> larger() {
        return Events.valid().days(0, 4).itemsPerDay(0, 20).nesting(3).people(0, 12).organisations(0, 4)
                .tracks(0, 3).rooms(0, 4).languages("en", "fr", "zh-Hant");
    }

    @Property(tries = 200)
    void everyPlantedFaultGivesExactlyItsFinding(@ForAll("faults") PlantedFault fault) {
        assertFindings(fault.event()).containsExactly(fault.expectedFinding());
    }

    @Provide
    Arbitrary<PlantedFault> faults() {
        return Events.valid().itemsPerDay(1, 8).nesting(2).languages("en", "fr").withAnyFault();
    }
}
