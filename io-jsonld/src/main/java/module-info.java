/** Events exported as schema.org JSON-LD, for search engines and web pages. */
module org.disputatio.io.jsonld {
    requires transitive org.disputatio.core;
    requires tools.jackson.databind;

    exports org.disputatio.io.jsonld;
    // Open so that the shipped schema.org context, a resource in this package, can be read on the
    // module path by other modules too.
    opens org.disputatio.io.jsonld;

    provides org.disputatio.io.EventExporterProvider with org.disputatio.io.jsonld.internal.JsonLdProvider;
}
