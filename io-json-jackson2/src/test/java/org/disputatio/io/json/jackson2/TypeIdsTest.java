package org.disputatio.io.json.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mappers that add type ids, as caches and message converters configure them (default typing):
 * the event is written with its type id and read back, Jackson handing the reader an object
 * whose type id it has already read.
 */
class TypeIdsTest {

    private final Event unesco = Samples.get("unesco-2017").orElseThrow();

    private static ObjectMapper typing(JsonTypeInfo.As inclusion) {
        return JsonMapper.builder().addModule(new DisputatioJackson2Module())
                .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType(Event.class).build(),
                        ObjectMapper.DefaultTyping.JAVA_LANG_OBJECT, inclusion)
                .build();
    }

    @ParameterizedTest
    @EnumSource(value = JsonTypeInfo.As.class, names = {"PROPERTY", "WRAPPER_ARRAY", "WRAPPER_OBJECT"})
    void anEventWrittenWithATypeIdReadsBack(JsonTypeInfo.As inclusion) throws IOException {
        ObjectMapper mapper = typing(inclusion);
        String json = mapper.writerFor(Object.class).writeValueAsString(unesco);
        assertTrue(json.contains("org.disputatio.model.Event"), json);
        assertEquals(unesco, mapper.readValue(json, Object.class));
    }

    @Test
    void theTypeIdPropertyComesFirst() throws IOException {
        String json = typing(JsonTypeInfo.As.PROPERTY).writerFor(Object.class).writeValueAsString(unesco);
        assertTrue(json.startsWith("{\"@class\":\"org.disputatio.model.Event\",\"formatVersion\":1,\"id\":"), json);
    }

    /** Jackson buffers the properties before a type id that comes late, and hands them over first. */
    @Test
    void aTypeIdAfterThePropertiesIsFoundToo() throws IOException {
        ObjectMapper mapper = typing(JsonTypeInfo.As.PROPERTY);
        String json = new ObjectMapper().registerModule(new DisputatioJackson2Module()).writeValueAsString(unesco);
        String late = json.substring(0, json.length() - 1) + ",\"@class\":\"org.disputatio.model.Event\"}";
        assertEquals(unesco, mapper.readValue(late, Object.class));
        String alone = "{\"@class\":\"org.disputatio.model.Event\"}";
        MismatchedInputException error = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue(alone, Object.class));
        assertTrue(error.getOriginalMessage().startsWith("missing required properties 'formatVersion', 'id', 'kind', "
                + "'startDate' and 'endDate' (at the event"), error.getOriginalMessage());
    }

    /** A parser already inside the event's object, on its first property name. */
    @Test
    void readsFromAParserPositionedInsideTheObject() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new DisputatioJackson2Module());
        String json = mapper.writeValueAsString(unesco);
        try (JsonParser parser = mapper.createParser(json)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
            assertEquals(unesco, mapper.readValue(parser, Event.class));
            assertEquals(null, parser.nextToken(), "the event's object is read to its end");
        }
    }

    @Test
    void refusalsAreJsonMappingExceptionsWithTypeIdsToo() {
        Event broken = unesco.toBuilder().id(null).build();
        JsonMappingException error = assertThrows(JsonMappingException.class,
                () -> typing(JsonTypeInfo.As.PROPERTY).writerFor(Object.class).writeValueAsString(broken));
        assertEquals("cannot write id: the value is missing and the JSON format requires it", error.getOriginalMessage());
    }
}
