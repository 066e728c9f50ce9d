/** A project that uses Disputatio as a published library would: core, JSON and XML. */
module org.disputatio.consumer {
    requires org.disputatio.io.json;
    requires org.disputatio.io.xml;
}
