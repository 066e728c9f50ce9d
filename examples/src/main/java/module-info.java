/** The two source documents encoded through Disputatio's public API, and the README sample. */
module org.disputatio.examples {
    requires transitive org.disputatio.core;

    exports org.disputatio.examples;
}
