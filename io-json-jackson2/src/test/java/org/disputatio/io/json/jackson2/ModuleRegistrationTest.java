package org.disputatio.io.json.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ServiceLoader;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;

/** How a Jackson 2 application gets the module: through {@code ServiceLoader}, or by hand. */
class ModuleRegistrationTest {

    private final Event unesco = Samples.get("unesco-2017").orElseThrow();

    @Test
    void isAServiceOfJackson2() {
        assertTrue(ServiceLoader.load(Module.class).stream()
                .anyMatch(provider -> provider.type() == DisputatioJackson2Module.class));
    }

    @Test
    void findAndRegisterModulesTeachesAMapperTheFormat() throws IOException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains("DisputatioJackson2Module"),
                () -> mapper.getRegisteredModuleIds().toString());
        String json = mapper.writeValueAsString(unesco);
        assertTrue(json.startsWith("{\"formatVersion\":1,\"id\":\"unesco-2017\",\"kind\":\"conference\","), json);
        assertEquals(unesco, mapper.readValue(json, Event.class));

        JsonMapper built = JsonMapper.builder().findAndAddModules().build();
        assertEquals(json, built.writeValueAsString(unesco));
        assertEquals(unesco, built.readValue(json, Event.class));
    }

    /** The control: without the module, Jackson knows no way to read an event, and writes another JSON. */
    @Test
    void withoutTheModuleAMapperDoesNotSpeakTheFormat() throws IOException {
        ObjectMapper withModule = new ObjectMapper().registerModule(new DisputatioJackson2Module());
        String json = withModule.writeValueAsString(unesco);
        ObjectMapper plain = new ObjectMapper();
        assertThrows(JsonMappingException.class, () -> plain.readValue(json, Event.class));
        String bean;
        try {
            bean = plain.writeValueAsString(unesco);
        } catch (JsonMappingException e) {
            bean = null;
        }
        assertNotEquals(json, bean);
    }

    /** Core and Jackson 2 only: neither io-json nor Jackson 3 comes with this module, even for its tests. */
    @Test
    void bringsNoJackson3() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.core.JsonParser"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.disputatio.io.json.EventJson"));
    }

    @Test
    void registeringTwiceIsHarmless() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new DisputatioJackson2Module())
                .registerModule(new DisputatioJackson2Module());
        assertEquals(1, mapper.getRegisteredModuleIds().size());
        assertEquals(unesco, mapper.readValue(mapper.writeValueAsString(unesco), Event.class));
    }
}
