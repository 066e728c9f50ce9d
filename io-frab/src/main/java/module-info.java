/** Events exported as c3voc/frab schedules, XML and JSON, for conference apps. */
module org.disputatio.io.frab {
    requires transitive org.disputatio.core;
    requires java.xml;
    requires tools.jackson.databind;

    exports org.disputatio.io.frab;

    provides org.disputatio.io.EventExporterProvider with
            org.disputatio.io.frab.internal.FrabXmlProvider,
            org.disputatio.io.frab.internal.FrabJsonProvider;
}
