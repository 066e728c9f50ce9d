package org.disputatio.testkit.jqwik;

import net.jqwik.api.Arbitrary;
import org.disputatio.model.Event;

/**
 * jqwik generators of events for property tests: valid events of tunable size, events with one
 * planted fault paired with the finding it must give, and events that exercise every part of
 * the model for format tests ({@link AnyEvents}).
 *
 * <pre>{@code
 * @Property(tries = 100)
 * void publishedProgrammesAreValid(@ForAll("events") Event event) {
 *     EventAssertions.assertNoWarnings(myPublisher.roundTrip(event));
 * }
 *
 * @Provide
 * Arbitrary<Event> events() {
 *     return Events.valid().days(1, 3).itemsPerDay(0, 20).nesting(2).languages("en", "fr");
 * }
 * }</pre>
 *
 * <p>This package needs jqwik (1.9.3) on the test class path; the testkit declares it optional,
 * so a project that uses the generators declares jqwik itself, as any jqwik user does.
 */
public final class Events {

    private Events() {
    }

    /**
     * Valid events with the default settings, to tune: see {@link ValidEvents}.
     *
     * @return the generator, itself an {@link Arbitrary}
     */
    public static ValidEvents valid() {
        return new ValidEvents();
    }

    /**
     * Valid events of the default settings with one fault of this kind planted, paired with the
     * finding the validator must report; {@code valid()...withFault(kind)} tunes the events.
     *
     * @param kind the kind of fault
     * @return the generator
     * @throws IllegalArgumentException if the kind is null
     */
    public static Arbitrary<PlantedFault> withFault(FaultKind kind) {
        return valid().withFault(kind);
    }

    /**
     * Valid events of the default settings with one fault of any kind, paired with its finding.
     *
     * @return the generator
     */
    public static Arbitrary<PlantedFault> withAnyFault() {
        return valid().withAnyFault();
    }

    /**
     * Events with every part of the model, valid or not by the rules: what a format must write
     * and read back unchanged (see {@link AnyEvents#events()}).
     *
     * @return the generator
     */
    public static Arbitrary<Event> anyModel() {
        return AnyEvents.events();
    }
}
