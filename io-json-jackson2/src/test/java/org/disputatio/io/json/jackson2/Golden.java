package org.disputatio.io.json.jackson2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The golden files of the format: io-json's, put on this module's test class path by its pom
 * (not copied, and without a dependency on io-json). Test support.
 */
final class Golden {

    /** The names of the golden files, which are also the names of the examples' events. */
    static final List<String> NAMES = List.of("unesco-2017", "saint-cyr-2014", "halvard-forum-2031");

    private Golden() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("golden/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + name + " on the test class path (see the pom)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
