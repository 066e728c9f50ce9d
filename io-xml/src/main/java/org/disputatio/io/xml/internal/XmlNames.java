package org.disputatio.io.xml.internal;

/** The namespace and version of Disputatio's XML format. */
public final class XmlNames {
    private XmlNames() {
    }

    /** The format's namespace; its last segment is the format version. */
    public static final String NAMESPACE = "https://disputatio.org/ns/event/1";

    /** The namespace of {@code xml:lang}. */
    public static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
}
