/** The disputatio command line. */
module org.disputatio.cli {
    requires org.disputatio.examples;
    requires info.picocli;

    opens org.disputatio.cli to info.picocli;
}
