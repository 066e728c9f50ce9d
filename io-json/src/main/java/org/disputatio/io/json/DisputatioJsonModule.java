package org.disputatio.io.json;

import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.io.json.internal.JsonEventReader;
import org.disputatio.io.json.internal.JsonEventWriter;
import org.disputatio.model.Event;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Teaches a Jackson 3 mapper to read and write {@link Event}s in Disputatio's JSON format, with
 * the same hand-written code as {@link EventJson}. Registered through {@code ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it.
 *
 * <p>Unknown properties follow the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES},
 * which Jackson 3 turns off by default: enable it for the strictness of {@link EventJson}. Format errors are reported through the {@link DeserializationContext}, so they
 * arrive as Jackson's {@code MismatchedInputException}, with Jackson's location and path; the
 * message names the value's path, line and column.
 */
public final class DisputatioJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * The module, ready to register on a mapper builder; {@code ServiceLoader} calls this too.
     */
    public DisputatioJsonModule() {
        super("DisputatioJsonModule", Version.unknownVersion());
        addSerializer(Event.class, new EventSerializer());
        addDeserializer(Event.class, new EventDeserializer());
    }

    private static final class EventSerializer extends StdSerializer<Event> {
        EventSerializer() {
            super(Event.class);
        }

        @Override
        public void serialize(Event event, JsonGenerator generator, SerializationContext context) {
            new JsonEventWriter(generator).write(event);
        }
    }

    private static final class EventDeserializer extends StdDeserializer<Event> {
        EventDeserializer() {
            super(Event.class);
        }

        @Override
        public Event deserialize(JsonParser parser, DeserializationContext context) {
            boolean allowUnknown = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try {
                // duplicates: the mapper's StreamReadFeature.STRICT_DUPLICATE_DETECTION governs (see the README)
                return new JsonEventReader(parser, allowUnknown, ReadSettings.defaults().maxProperties(), false).readEvent();
            } catch (EventReadException e) {
                // Jackson describes its location by the source, which its mappers redact by
                // default (StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION), leaving only a byte
                // offset, unknown for text: the message says the line and column itself.
                String where = e.path().isEmpty() ? "the event" : e.path();
                return e.line() > 0
                        ? context.reportInputMismatch(Event.class, "%s (at %s, line %d, column %d)", e.reason(),
                                where, e.line(), e.column())
                        : context.reportInputMismatch(Event.class, "%s (at %s)", e.reason(), where);
            }
        }
    }
}
