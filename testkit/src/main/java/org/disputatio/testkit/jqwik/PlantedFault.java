package org.disputatio.testkit.jqwik;

import org.disputatio.model.Event;
import org.disputatio.testkit.ExpectedFinding;

/**
 * An event that is valid but for one planted fault, and the one finding a validator must
 * report for it:
 *
 * <pre>{@code
 * @Property(tries = 100)
 * void myRulesStaySilentOnOtherFaults(@ForAll("faults") PlantedFault fault) {
 *     assertFindings(fault.event()).containsExactly(fault.expectedFinding());
 * }
 * }</pre>
 *
 * @param event the event with the fault
 * @param kind what kind of fault it is
 * @param expectedFinding the finding the built-in validation reports, and no other: severity,
 *     rule and path
 */
public record PlantedFault(Event event, FaultKind kind, ExpectedFinding expectedFinding) {

    /**
     * Refuses a null part.
     *
     * @param event the event
     * @param kind the kind
     * @param expectedFinding the finding
     * @throws IllegalArgumentException if a part is null
     */
    public PlantedFault {
        if (event == null || kind == null || expectedFinding == null) {
            throw new IllegalArgumentException("a planted fault needs an event, a kind and an expected finding");
        }
    }

    /** Reads as {@code DOUBLE_BOOKING at ERROR programme.days[0].items[1]... (no-double-booking)}. */
    @Override
    public String toString() {
        return kind + " at " + expectedFinding + " in " + event.id();
    }
}
