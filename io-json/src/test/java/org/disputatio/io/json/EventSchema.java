package org.disputatio.io.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event schema as an independent validator (networknt json-schema-validator) sees it, and
 * the golden documents as Jackson trees to derive broken copies from. Test support.
 */
final class EventSchema {

    /** Where the schema is, in the jar and on the test class path. */
    static final String RESOURCE = "/org/disputatio/io/json/event.schema.json";
    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    static final List<String> GOLDEN = List.of("unesco-2017.json", "saint-cyr-2014.json");

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * Draft 2020-12 treats {@code format} as an annotation by default; asserting it lets the
     * validator check real dates ({@code 2017-02-30} is not one) and URIs, as the reader does.
     * The meta-schemas come from the validator's jar: nothing is fetched.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build()));

    private static final Schema SCHEMA = REGISTRY.getSchema(schemaNode());

    private EventSchema() {
    }

    /** The schema document, read from the class path. */
    static JsonNode schemaNode() {
        return MAPPER.readTree(resource(RESOURCE));
    }

    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
    }

    /** The schema's complaints about a document; empty when it is valid. */
    static List<Error> validate(JsonNode document) {
        return SCHEMA.validate(document);
    }

    static List<Error> validate(String document) {
        return validate(MAPPER.readTree(document));
    }

    static String describe(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** A golden file's text. */
    static String goldenText(String name) {
        return resource("/org/disputatio/io/json/" + name);
    }

    /** A fresh, mutable tree of a golden file. */
    static ObjectNode golden(String name) {
        return (ObjectNode) MAPPER.readTree(goldenText(name));
    }

    static String text(JsonNode document) {
        return MAPPER.writeValueAsString(document);
    }

    static String resource(String name) {
        try (InputStream in = EventSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
