package org.disputatio.benchmarks;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The plain Jackson 3 mapper the benchmarks compare with: defaults, plus failing on unknown properties as our reader does. */
final class Mappers {
    static final JsonMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Mappers() {
    }
}
