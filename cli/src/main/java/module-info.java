/**
 * The disputatio command line: list, show, validate and convert events.
 *
 * <p>{@link org.disputatio.cli.Cli} builds the command for embedding; the package is open to
 * picocli, which reflects on the annotated commands and options.
 */
module org.disputatio.cli {
    requires transitive org.disputatio.core;
    requires org.disputatio.examples;
    requires org.disputatio.research;
    // The formats (io-json, io-xml) are not required: core finds them as services, and the
    // module system resolves every module that provides one.
    requires transitive info.picocli;
    requires java.logging;
    // progress on standard error (ProgressBarDisplay), for the commands over corpora
    requires me.tongfei.progressbar;

    exports org.disputatio.cli;
    // java.util.logging instantiates the command's logging configuration by name.
    exports org.disputatio.cli.internal to java.logging;
    opens org.disputatio.cli to info.picocli;
}
