/** The two source documents encoded through Disputatio's public API, and usage samples. */
module org.disputatio.examples {
    requires transitive org.disputatio.core;

    exports org.disputatio.examples;
}
