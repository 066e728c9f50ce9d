package org.disputatio.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.LogManager;

/**
 * The java.util.logging configuration of the {@code disputatio} command, named by
 * {@code java.util.logging.config.class}: the JDK's own default configuration, with Hibernate
 * Validator's INFO lines (HV000001, its version, on first use) turned off and its warnings kept.
 * Being a configuration class, it costs nothing until something logs: a command that does not
 * validate never starts java.util.logging. Not API.
 */
public final class QuietLogging {

    /** The property that names this class. */
    public static final String PROPERTY = "java.util.logging.config.class";

    /**
     * Called by the {@link LogManager} when it first reads its configuration.
     *
     * @throws IOException if the JDK's default logging configuration cannot be read
     */
    public QuietLogging() throws IOException {
        Properties configuration = new Properties();
        Path defaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
        if (Files.isReadable(defaults)) {
            try (InputStream in = Files.newInputStream(defaults)) {
                configuration.load(in);
            }
        }
        configuration.setProperty("org.hibernate.level", "WARNING");
        configuration.setProperty("org.hibernate.validator.level", "WARNING");
        LogManager.getLogManager().readConfiguration(toStream(configuration));
    }

    /** Makes this class the configuration, unless one was chosen on the command line. */
    public static void install() {
        if (System.getProperty(PROPERTY) == null && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty(PROPERTY, QuietLogging.class.getName());
        }
    }

    private static InputStream toStream(Properties configuration) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            configuration.store(bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
