package org.disputatio.io.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import org.disputatio.io.EventReadException;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ReadSettings;
import org.disputatio.io.json.jackson2.internal.Jackson2EventReader;
import org.disputatio.io.json.jackson2.internal.Jackson2EventWriter;
import org.disputatio.io.json.jackson2.internal.Jackson2Locations;
import org.disputatio.model.Event;

/**
 * Teaches a Jackson 2 mapper ({@code com.fasterxml.jackson}) to read and write {@link Event}s in
 * Disputatio's JSON format: the format of the module {@code org.disputatio.io.json}, read and
 * written from the same declarations ({@link org.disputatio.io.shape.Shapes}), with the same
 * messages. Registered through {@code ServiceLoader}, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it; or
 * {@code mapper.registerModule(new DisputatioJackson2Module())}.
 *
 * <p>Unknown properties follow the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES},
 * which Jackson 2 turns on by default; duplicate properties are refused when the mapper's
 * parsers have {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION} (otherwise the last value
 * wins), and the limits on the input are the factory's {@code StreamReadConstraints}. Every
 * error in the event, malformed JSON included, is reported through the
 * {@link DeserializationContext} as a {@link MismatchedInputException} whose message names the
 * reason, the path of the value, its line and column:
 * {@code expected a string, got an integer (at id, line 2, column 8)}. A value that no document
 * may hold (a required value missing, a character no format can hold) makes writing fail with a
 * {@link JsonMappingException} whose cause is the {@link EventWriteException} that says where.
 * A mapper that adds type ids (default typing) gets them around the event as around any object.
 */
public final class DisputatioJackson2Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * The module, ready to register on a mapper; {@code ServiceLoader} calls this too.
     */
    public DisputatioJackson2Module() {
        super("DisputatioJackson2Module", Version.unknownVersion());
        addSerializer(Event.class, new EventSerializer());
        addDeserializer(Event.class, new EventDeserializer());
    }

    private static final class EventSerializer extends StdSerializer<Event> {
        private static final long serialVersionUID = 1L;

        EventSerializer() {
            super(Event.class);
        }

        @Override
        public void serialize(Event event, JsonGenerator generator, SerializerProvider provider) throws IOException {
            try {
                new Jackson2EventWriter(generator).write(event);
            } catch (EventWriteException e) {
                throw JsonMappingException.from(generator, e.getMessage(), e);
            }
        }

        @Override
        public void serializeWithType(Event event, JsonGenerator generator, SerializerProvider provider,
                TypeSerializer types) throws IOException {
            WritableTypeId typeId = types.writeTypePrefix(generator, types.typeId(event, JsonToken.START_OBJECT));
            try {
                new Jackson2EventWriter(generator).writeProperties(event);
            } catch (EventWriteException e) {
                throw JsonMappingException.from(generator, e.getMessage(), e);
            }
            types.writeTypeSuffix(generator, typeId);
        }
    }

    private static final class EventDeserializer extends StdDeserializer<Event> {
        private static final long serialVersionUID = 1L;

        EventDeserializer() {
            super(Event.class);
        }

        @Override
        public Event deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            boolean allowUnknown = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try {
                return new Jackson2EventReader(parser, allowUnknown, ReadSettings.defaults().maxProperties())
                        .readEvent();
            } catch (EventReadException e) {
                return report(context, e);
            } catch (JsonProcessingException e) {
                // the parser's own failure: reported like the others, with the value's path
                return report(context, Jackson2Locations.fromParser(e, parser));
            }
        }

        /**
         * Reports the failure through the context. The message says the line and column itself,
         * as io-json's module does, so that {@code getOriginalMessage()}, without Jackson's
         * description of the location, is complete.
         */
        private static Event report(DeserializationContext context, EventReadException e) throws IOException {
            String where = e.path().isEmpty() ? "the event" : e.path();
            String message = e.line() > 0
                    ? String.format(Locale.ROOT, "%s (at %s, line %d, column %d)", e.reason(), where, e.line(),
                            e.column())
                    : String.format(Locale.ROOT, "%s (at %s)", e.reason(), where);
            if (e.getCause() instanceof JsonProcessingException parserFailure) {
                // where the parser failed, which may be past the current token
                throw new MalformedInput(context.getParser(), message, parserFailure);
            }
            return context.reportInputMismatch(Event.class, "%s", message);
        }
    }

    /**
     * Malformed JSON (or a limit of the factory exceeded), reported as the format's other errors
     * are, at the place where the parser failed, with the parser's exception as cause (which
     * Jackson's constructors leave no way to set).
     */
    private static final class MalformedInput extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        private final JsonProcessingException parserFailure;

        MalformedInput(JsonParser parser, String message, JsonProcessingException parserFailure) {
            super(parser, message, Jackson2Locations.failureLocation(parserFailure, parser));
            this.parserFailure = parserFailure;
            _targetType = Event.class;
        }

        @Override
        public synchronized Throwable getCause() {
            return parserFailure;
        }
    }
}
