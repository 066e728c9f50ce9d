package org.disputatio.io.xml.internal;

import org.disputatio.io.EventFormat;
import org.disputatio.io.EventFormatProvider;
import org.disputatio.io.xml.EventXml;

/** Makes the XML format known to {@link org.disputatio.io.EventFormats}, as a service. */
public final class XmlFormatProvider implements EventFormatProvider {

    /** Made by the service loader. */
    public XmlFormatProvider() {
    }

    @Override
    public EventFormat format() {
        return EventXml.defaults();
    }
}
