/** Events as JSON with Jackson 3: a facade, a JacksonModule, JSON Lines corpora. */
module org.disputatio.io.json {
    requires transitive org.disputatio.core;
    requires transitive tools.jackson.databind;

    exports org.disputatio.io.json;
    // Open so that event.schema.json, a resource in this package, can be loaded on the module path.
    opens org.disputatio.io.json;

    provides tools.jackson.databind.JacksonModule with org.disputatio.io.json.DisputatioJsonModule;
    provides org.disputatio.io.EventFormatProvider with org.disputatio.io.json.internal.JsonFormatProvider;
}
