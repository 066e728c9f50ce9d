package org.disputatio.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;

/**
 * Where the commands get their events. {@link #builtIn()} serves the samples of the examples
 * module; tests and embedders inject their own with {@link #of(Map)}. Event files named on the
 * command line do not come through here: they are read in the format their extension names.
 */
public interface EventSource {

    /**
     * The names of the samples, in a stable order.
     *
     * @return the names the commands accept and {@code samples} lists, unmodifiable
     */
    Set<String> sampleNames();

    /**
     * The sample with this name.
     *
     * @param name one of {@link #sampleNames()}
     * @return the event, or empty if there is no sample of that name
     */
    Optional<Event> sample(String name);

    /**
     * The samples built into Disputatio: the encoded source documents.
     *
     * @return a source of the samples of {@link Samples}
     */
    static EventSource builtIn() {
        return new EventSource() {
            @Override
            public Set<String> sampleNames() {
                return Samples.names();
            }

            @Override
            public Optional<Event> sample(String name) {
                return Samples.get(name);
            }
        };
    }

    /**
     * Samples from a map of name to event supplier, in the map's order.
     *
     * @param samples name to a supplier called each time the sample is asked for; copied
     * @return a source of those samples
     * @throws NullPointerException if the map is null
     */
    static EventSource of(Map<String, Supplier<Event>> samples) {
        Map<String, Supplier<Event>> copy = Collections.unmodifiableMap(new LinkedHashMap<>(samples));
        return new EventSource() {
            @Override
            public Set<String> sampleNames() {
                return copy.keySet();
            }

            @Override
            public Optional<Event> sample(String name) {
                Supplier<Event> sample = copy.get(Objects.requireNonNull(name, "name"));
                return sample == null ? Optional.empty() : Optional.of(sample.get());
            }
        };
    }
}
