package org.disputatio.io.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SchemaDO;
import org.disputatio.examples.Samples;
import org.disputatio.io.ExportSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The output is accepted by an independent JSON-LD processor, Titanium, given the shipped
 * schema.org context instead of the network: every expanded property and type is a term of the
 * schema.org vocabulary (as Apache Jena's {@code SchemaDO} lists it), no property is dropped by
 * expansion, and the language-tagged values survive.
 */
class ExpansionTest {

    /**
     * The schema.org terms, as Jena compiles them, by local name: Jena names them under
     * {@code https://schema.org/}, the schema.org context expands to {@code http://schema.org/}.
     */
    private static final Set<String> VOCABULARY = vocabulary();

    /** Serves the shipped context for the schema.org addresses; refuses everything else. */
    static final DocumentLoader LOCAL = (URI url, DocumentLoaderOptions options) -> {
        if (!SchemaOrgContext.URLS.contains(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
        }
        Document document = JsonDocument.of(SchemaOrgContext.open());
        document.setDocumentUrl(url);
        return document;
    };

    private static Set<String> vocabulary() {
        Set<String> terms = new HashSet<>();
        for (Field field : SchemaDO.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    String iri = ((Resource) field.get(null)).getURI();
                    assertTrue(iri.startsWith(SchemaDO.NS), iri);
                    terms.add(iri.substring(SchemaDO.NS.length()));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return terms;
    }

    static Stream<Arguments> exports() {
        List<Arguments> exports = new ArrayList<>();
        for (String name : Samples.names()) {
            exports.add(Arguments.of(name, "default"));
        }
        exports.add(Arguments.of("unesco-2017", "en"));
        return exports.stream();
    }

    private static boolean isSchemaOrgTerm(String iri) {
        for (String namespace : List.of("http://schema.org/", "https://schema.org/")) {
            if (iri.startsWith(namespace) && VOCABULARY.contains(iri.substring(namespace.length()))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theVocabularyIsThere() {
        assertTrue(VOCABULARY.size() > 2000, "terms: " + VOCABULARY.size());
        assertTrue(VOCABULARY.containsAll(Set.of("Event", "subEvent", "performer", "PostalAddress")));
        assertFalse(isSchemaOrgTerm("http://schema.org/perfomer"));
    }

    private static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(LOCAL).get();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("exports")
    void everyExpandedTermIsSchemaOrgAndNothingIsDropped(String name, String language) throws JsonLdError {
        ExportSettings settings = language.equals("default") ? ExportSettings.defaults()
                : ExportSettings.defaults().withLanguage(language);
        String json = Exports.of(Exports.sample(name), settings).json();
        JsonArray expanded = expand(json);
        assertEquals(1, expanded.size(), "one top-level node, the event");

        Set<String> properties = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        AtomicInteger expandedProperties = new AtomicInteger();
        AtomicInteger expandedTagged = new AtomicInteger();
        walkExpanded(expanded, properties, types, expandedProperties, expandedTagged);

        Set<String> unknown = new TreeSet<>();
        Stream.concat(properties.stream(), types.stream()).filter(iri -> !isSchemaOrgTerm(iri)).forEach(unknown::add);
        assertTrue(unknown.isEmpty(), () -> "not schema.org terms: " + unknown);
        assertTrue(types.contains("http://schema.org/Event"), types::toString);

        jakarta.json.JsonStructure compact = jakarta.json.Json.createReader(new StringReader(json)).read();
        AtomicInteger compactProperties = new AtomicInteger();
        AtomicInteger compactTagged = new AtomicInteger();
        walkCompact(compact, compactProperties, compactTagged);
        assertEquals(compactProperties.get(), expandedProperties.get(),
                "every property of the document survives expansion (a term the context does not define is dropped)");
        assertTrue(compactTagged.get() > 0);
        assertEquals(compactTagged.get(), expandedTagged.get(), "every language-tagged value survives expansion");
    }

    @Test
    void bothLanguagesOfUnescoSurviveExpansion() throws JsonLdError {
        JsonObject event = expand(Exports.of(Exports.sample("unesco-2017")).json()).getJsonObject(0);
        JsonArray names = event.getJsonArray("http://schema.org/name");
        Map<String, String> byLanguage = new java.util.HashMap<>();
        names.forEach(value -> byLanguage.put(value.asJsonObject().getString("@language"),
                value.asJsonObject().getString("@value")));
        assertEquals(Set.of("fr", "en"), byLanguage.keySet());
        assertTrue(byLanguage.get("fr").startsWith("Construire la paix"), byLanguage::toString);
        JsonObject first = event.getJsonArray("http://schema.org/subEvent").getJsonObject(0);
        JsonObject start = first.getJsonArray("http://schema.org/startDate").getJsonObject(0);
        assertEquals("2017-04-06T09:30:00+02:00", start.getString("@value"));
        assertEquals("http://schema.org/Date", start.getString("@type"), "schema.org's context coerces startDate");
    }

    @Test
    void sameAsExpandsToIris() throws JsonLdError {
        String json = Exports.of(JsonLdExporterTest.overTheChangeOfTime(java.time.ZoneId.of("Europe/Paris"))).json();
        List<String> sameAs = new ArrayList<>();
        collect(expand(json), "http://schema.org/sameAs", sameAs);
        assertEquals(List.of("https://orcid.org/0000-0002-1825-0097", "https://www.wikidata.org/entity/Q7259"), sameAs);
    }

    @Test
    void everyTermOfTheShippedContextIsASchemaOrgTerm() {
        JsonObject context = jakarta.json.Json.createReader(new StringReader(SchemaOrgContext.text())).readObject()
                .getJsonObject("@context");
        assertEquals("http://schema.org/", context.getString("@vocab"));
        assertEquals("http://schema.org/", context.getString("schema"));
        int terms = 0;
        for (Map.Entry<String, JsonValue> entry : context.entrySet()) {
            if (entry.getValue() instanceof JsonObject definition) {
                String term = entry.getKey();
                assertEquals("schema:" + term, definition.getString("@id"), term);
                assertTrue(VOCABULARY.contains(term), term + " is not in the schema.org vocabulary");
                terms++;
            }
        }
        assertTrue(terms > 30, "terms: " + terms);
    }

    @Test
    void theCountsSeeATermThatExpansionDrops() throws JsonLdError {
        String json = "{\"@context\": {\"name\": \"http://schema.org/name\"}, \"name\": \"x\", \"perfomer\": \"y\"}";
        AtomicInteger compact = new AtomicInteger();
        walkCompact(jakarta.json.Json.createReader(new StringReader(json)).read(), compact, new AtomicInteger());
        AtomicInteger expanded = new AtomicInteger();
        walkExpanded(expand(json), new TreeSet<>(), new TreeSet<>(), expanded, new AtomicInteger());
        assertEquals(2, compact.get());
        assertEquals(1, expanded.get(), "perfomer, defined nowhere and without @vocab, is dropped");
    }

    @Test
    void theLoaderServesNothingElse() {
        assertThrows(JsonLdError.class, () -> expand("{\"@context\": \"https://example.org/context\", \"name\": \"x\"}"));
    }

    private static void assertThrows(Class<? extends Throwable> type, org.junit.jupiter.api.function.Executable run) {
        org.junit.jupiter.api.Assertions.assertThrows(type, run);
    }

    private static void walkExpanded(JsonValue value, Set<String> properties, Set<String> types,
            AtomicInteger count, AtomicInteger tagged) {
        if (value instanceof JsonArray array) {
            array.forEach(element -> walkExpanded(element, properties, types, count, tagged));
        } else if (value instanceof JsonObject object) {
            if (object.containsKey("@value")) {
                if (object.containsKey("@language")) {
                    tagged.incrementAndGet();
                }
                return;
            }
            object.forEach((key, child) -> {
                if (key.equals("@type")) {
                    child.asJsonArray().forEach(type -> types.add(((JsonString) type).getString()));
                } else if (!key.startsWith("@")) {
                    properties.add(key);
                    count.incrementAndGet();
                }
                walkExpanded(child, properties, types, count, tagged);
            });
        }
    }

    private static void walkCompact(JsonValue value, AtomicInteger count, AtomicInteger tagged) {
        if (value instanceof JsonArray array) {
            array.forEach(element -> walkCompact(element, count, tagged));
        } else if (value instanceof JsonObject object) {
            if (object.containsKey("@value")) {
                if (object.containsKey("@language")) {
                    tagged.incrementAndGet();
                }
                return;
            }
            object.forEach((key, child) -> {
                if (!key.startsWith("@")) {
                    count.incrementAndGet();
                }
                if (!key.equals("@context")) {
                    walkCompact(child, count, tagged);
                }
            });
        }
    }

    private static void collect(JsonValue value, String property, List<String> found) {
        if (value instanceof JsonArray array) {
            array.forEach(element -> collect(element, property, found));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                if (key.equals(property)) {
                    child.asJsonArray().forEach(v -> found.add(v.asJsonObject().getString("@id")));
                }
                collect(child, property, found);
            });
        }
    }
}
