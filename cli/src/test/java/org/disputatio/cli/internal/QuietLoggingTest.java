package org.disputatio.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command's java.util.logging configuration: Hibernate Validator's INFO lines off, its warnings kept. */
class QuietLoggingTest {

    @AfterEach
    void restoreTheDefaultConfiguration() throws IOException {
        System.clearProperty(QuietLogging.PROPERTY);
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void hibernateValidatorLogsWarningsButNoInfo() throws IOException {
        new QuietLogging();

        for (String name : new String[] {"org.hibernate", "org.hibernate.validator", "org.hibernate.validator.internal.util.Version"}) {
            Logger logger = Logger.getLogger(name);
            assertFalse(logger.isLoggable(Level.INFO), name);
            assertTrue(logger.isLoggable(Level.WARNING), name);
        }
    }

    @Test
    void otherLoggersKeepTheJdkDefaults() throws IOException {
        new QuietLogging();

        assertTrue(Logger.getLogger("org.example").isLoggable(Level.INFO));
        assertEquals(1, Logger.getLogger("").getHandlers().length);
    }

    @Test
    void installNamesThisClassUnlessAConfigurationWasChosen() {
        String file = System.getProperty("java.util.logging.config.file");
        System.clearProperty(QuietLogging.PROPERTY);
        try {
            System.clearProperty("java.util.logging.config.file");
            QuietLogging.install();
            assertEquals(QuietLogging.class.getName(), System.getProperty(QuietLogging.PROPERTY));

            System.setProperty(QuietLogging.PROPERTY, "com.example.Logging");
            QuietLogging.install();
            assertEquals("com.example.Logging", System.getProperty(QuietLogging.PROPERTY));

            System.clearProperty(QuietLogging.PROPERTY);
            System.setProperty("java.util.logging.config.file", "/etc/logging.properties");
            QuietLogging.install();
            assertNull(System.getProperty(QuietLogging.PROPERTY));
        } finally {
            if (file == null) {
                System.clearProperty("java.util.logging.config.file");
            } else {
                System.setProperty("java.util.logging.config.file", file);
            }
        }
    }
}
