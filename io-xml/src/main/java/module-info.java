/** Events as namespaced XML, read with a hardened Woodstox parser. */
module org.disputatio.io.xml {
    requires transitive org.disputatio.core;
    requires java.xml;
    requires com.ctc.wstx;

    exports org.disputatio.io.xml;
    // Open so that event.xsd and xml.xsd, resources in this package, can be loaded on the module path.
    opens org.disputatio.io.xml;

    provides org.disputatio.io.EventFormatProvider with org.disputatio.io.xml.internal.XmlFormatProvider;
}
