package org.disputatio.io.json.internal;

import org.disputatio.io.EventFormat;
import org.disputatio.io.EventFormatProvider;
import org.disputatio.io.json.EventJson;

/** Makes the JSON format known to {@link org.disputatio.io.EventFormats}, as a service. */
public final class JsonFormatProvider implements EventFormatProvider {

    /** Made by the service loader. */
    public JsonFormatProvider() {
    }

    @Override
    public EventFormat format() {
        return EventJson.defaults();
    }
}
