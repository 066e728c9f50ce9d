package org.disputatio.io.json;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.Participation;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.testkit.jqwik.Events;

/**
 * A property that fails on purpose, run by {@link ShrinkingTest} only (its name is not one the
 * build runs): "nobody takes part twice in a day" is false of most generated events, and jqwik
 * shrinks the first counterexample to a small one, which the failure carries as JSON.
 */
class ShrinkingDemo {

    @Property(seed = "20261203", tries = 200)
    void nobodyTakesPartTwiceInADay(@ForAll("events") Event event) {
        for (ProgrammeDay day : event.programme().days()) {
            Set<String> seen = new HashSet<>();
            if (!allOnce(day.items(), seen)) {
                throw new AssertionError(EventJson.defaults().write(event));
            }
        }
    }

    private static boolean allOnce(List<AgendaItem> items, Set<String> seen) {
        for (AgendaItem item : items) {
            for (Participation participation : item.participants()) {
                if (!seen.add(participation.person())) {
                    return false;
                }
            }
            if (!allOnce(item.items(), seen)) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<Event> events() {
        return Events.valid().days(1, 3).itemsPerDay(0, 10).nesting(2).languages("en", "fr");
    }
}
