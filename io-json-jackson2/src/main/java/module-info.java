// The name ends in a digit, which javac's lint warns about: "jackson2" names the Jackson line it is for.
/** Disputatio's JSON format as a Jackson 2 module, for applications whose mappers are Jackson 2. */
@SuppressWarnings("module")
module org.disputatio.io.json.jackson2 {
    requires transitive org.disputatio.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.disputatio.io.json.jackson2;

    provides com.fasterxml.jackson.databind.Module with org.disputatio.io.json.jackson2.DisputatioJackson2Module;
}
