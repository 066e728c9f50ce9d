package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class JacksonModuleTest {

    private final Event unesco = Samples.get("unesco-2017").orElseThrow();

    @Test
    void isFoundThroughServiceLoader() {
        assertTrue(ServiceLoader.load(JacksonModule.class).stream()
                .anyMatch(provider -> provider.type() == DisputatioJsonModule.class));
    }

    @Test
    void findAndAddModulesTeachesAMapperTheModel() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        String json = mapper.writeValueAsString(unesco);
        assertEquals(EventJson.defaults().compact().write(unesco), json);
        assertEquals(unesco, mapper.readValue(json, Event.class));
    }

    @Test
    void reportsFormatErrorsThroughTheDeserializationContext() {
        JsonMapper mapper = JsonMapper.builder().addModule(new DisputatioJsonModule()).build();
        DatabindException error = assertThrows(DatabindException.class, () -> mapper.readValue(
                "{\"formatVersion\": 1,\n \"id\": 42}", Event.class));
        assertInstanceOf(MismatchedInputException.class, error);
        assertEquals("expected a string, got an integer (at id, line 2, column 8)", error.getOriginalMessage());
        assertEquals(2, error.getLocation().getLineNr());
        assertEquals(8, error.getLocation().getColumnNr());
    }

    /**
     * A default mapper redacts the source from Jackson's own location description, which then
     * shows only a byte offset ("#UNKNOWN" for text): the message names line and column itself,
     * for text, bytes and files alike, and for an event nested in a larger document.
     */
    @Test
    void errorMessagesNameLineAndColumnWhateverTheInput(@TempDir Path dir) throws IOException {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        String document = "{\"formatVersion\": 1,\n \"id\": \"x\", \"kind\": \"conference\",\n"
                + "  \"startDate\": \"6 avril\", \"endDate\": \"2017-04-06\"}";
        String expected = "expected a date such as 2017-04-06, got \"6 avril\" (at startDate, line 3, column 16)";
        Path file = Files.writeString(dir.resolve("event.json"), document);
        List<Executable> reads = List.of(
                () -> mapper.readValue(document, Event.class),
                () -> mapper.readValue(document.getBytes(StandardCharsets.UTF_8), Event.class),
                () -> mapper.readValue(file.toFile(), Event.class),
                () -> mapper.readValue(new StringReader(document), Event.class));
        for (Executable read : reads) {
            MismatchedInputException error = assertThrows(MismatchedInputException.class, read);
            assertEquals(expected, error.getOriginalMessage());
            assertTrue(error.getMessage().startsWith(expected), error.getMessage());
            assertEquals(3, error.getLocation().getLineNr());
        }
        record Wrapper(String note, Event event) {
        }
        MismatchedInputException nested = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"note\": \"n\",\n \"event\": " + document + "}", Wrapper.class));
        assertTrue(nested.getOriginalMessage().startsWith(
                "expected a date such as 2017-04-06, got \"6 avril\" (at event.startDate, line 4, column 16)"),
                nested.getOriginalMessage());
    }

    @Test
    void followsTheMappersSettingForUnknownProperties() {
        String withExtra = EventJson.defaults().write(unesco).replaceFirst("\\{", "{\"futureProperty\": [1, {\"x\": 2}],");
        JsonMapper strict = JsonMapper.builder().addModule(new DisputatioJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        var error = assertThrows(MismatchedInputException.class, () -> strict.readValue(withExtra, Event.class));
        assertTrue(error.getOriginalMessage().startsWith("unknown property 'futureProperty'"), error.getOriginalMessage());
        // Jackson 3 mappers ignore unknown properties by default.
        JsonMapper lenient = JsonMapper.builder().addModule(new DisputatioJsonModule()).build();
        assertEquals(unesco, lenient.readValue(withExtra, Event.class));
    }
}
