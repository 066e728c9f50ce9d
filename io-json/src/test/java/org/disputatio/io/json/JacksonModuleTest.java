package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
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
        assertTrue(error.getOriginalMessage().startsWith("expected a string, got an integer (at id)"),
                error.getOriginalMessage());
        assertEquals(2, error.getLocation().getLineNr());
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
