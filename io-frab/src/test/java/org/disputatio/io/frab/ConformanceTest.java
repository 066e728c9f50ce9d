package org.disputatio.io.frab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * The exports are accepted by the c3voc schedule schemas, read from {@code ../shared/schemas/c3voc/}
 * beside the project (skipped with a message where that folder is absent).
 */
class ConformanceTest {

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("unesco-2017 (fr)", Frab.sample("unesco-2017"), "fr"),
                Arguments.of("unesco-2017 (en)", Frab.sample("unesco-2017"), "en"),
                Arguments.of("saint-cyr-2014", Frab.sample("saint-cyr-2014"), "en"),
                Arguments.of("halvard-forum-2031", Frab.sample("halvard-forum-2031"), "en"),
                Arguments.of("edge", Frab.edge(), "en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theXmlIsValidAgainstTheXsd(String name, Event event, String language) throws IOException {
        List<String> errors = validateXml(Frab.xml(event, language).text());
        assertEquals(List.of(), errors, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theJsonIsValidAgainstTheJsonSchema(String name, Event event, String language) throws IOException {
        List<Error> errors = jsonSchema().validate(Frab.json(event, language).json());
        assertEquals("", errors.stream().map(Error::toString).collect(Collectors.joining("\n")), name);
    }

    /** The validators are strict enough to fail: a document they must refuse. */
    @Test
    void theValidatorsRefuseABrokenSchedule() throws IOException {
        String xml = Frab.xml(Frab.sample("halvard-forum-2031")).text().replaceFirst("<duration>[^<]*</duration>", "");
        assertEquals(1, validateXml(xml).size(), xml);
        var json = (tools.jackson.databind.node.ObjectNode) Frab.json(Frab.sample("halvard-forum-2031")).json();
        ((tools.jackson.databind.node.ObjectNode) json.get("schedule").get("events").get(0)).remove("guid");
        List<Error> errors = jsonSchema().validate(json);
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains("guid")), errors::toString);
    }

    @Test
    void theSchemaFolderIsFoundFromTheModule() {
        // where the folder exists (CI, a checkout beside shared/), the tests above ran against it
        Frab.schemaFolder().ifPresent(dir -> {
            if (!Files.isRegularFile(dir.resolve("schedule.xml.xsd"))) {
                fail("no schedule.xml.xsd in " + dir);
            }
        });
        assertThrows(org.opentest4j.TestAbortedException.class,
                () -> org.junit.jupiter.api.Assumptions.assumeTrue(false, "the skip message is shown"));
    }

    private static List<String> validateXml(String xml) throws IOException {
        Path xsd = Frab.c3vocSchemas().resolve("schedule.xml.xsd");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Validator validator = factory.newSchema(xsd.toFile()).newValidator();
            List<String> errors = new java.util.ArrayList<>();
            validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(org.xml.sax.SAXParseException e) {
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
            return errors;
        } catch (SAXException e) {
            return List.of(e.getMessage());
        }
    }

    private static Schema jsonSchema() throws IOException {
        Path file = Frab.c3vocSchemas().resolve("schedule2.schema.json");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        return registry.getSchema(Frab.MAPPER.readTree(Files.readString(file)));
    }
}
