package org.disputatio.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.disputatio.model.Event;

/**
 * The built-in samples: the two source documents, encoded ({@code unesco-2017},
 * {@code saint-cyr-2014}), and a fictional forum that uses every concept of the model
 * ({@code halvard-forum-2031}).
 */
public final class Samples {

    private static final Map<String, Supplier<Event>> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("unesco-2017", UnescoConference2017::event);
        SAMPLES.put("saint-cyr-2014", SaintCyrSymposium2014::event);
        SAMPLES.put("halvard-forum-2031", HalvardForum2031::event);
    }

    private Samples() {
    }

    /**
     * The names of the samples, in a stable order.
     *
     * @return {@code unesco-2017}, {@code saint-cyr-2014} and {@code halvard-forum-2031}, in that
     *     order; unmodifiable
     */
    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(SAMPLES.keySet());
    }

    /**
     * The sample with this name.
     *
     * @param name one of {@link #names()}, which is also the event's id
     * @return a newly built event, or empty if no sample has that name
     */
    public static Optional<Event> get(String name) {
        Supplier<Event> sample = SAMPLES.get(name);
        return sample == null ? Optional.empty() : Optional.of(sample.get());
    }
}
