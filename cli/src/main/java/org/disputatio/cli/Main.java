package org.disputatio.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The entry point of {@code disputatio}: quiet third-party logging, run the command, exit with its code. */
public final class Main {

    /**
     * Hibernate Validator logs an INFO line (HV000001, its version) through java.util.logging on
     * first use. The loggers are held here: java.util.logging keeps only weak references, and a
     * logger collected before Hibernate asks for it would lose its level.
     */
    private static final Logger[] QUIET = {Logger.getLogger("org.hibernate"), Logger.getLogger("org.hibernate.validator")};

    private Main() {
    }

    public static void main(String[] args) {
        quietThirdPartyLogging();
        System.exit(Cli.run(args));
    }

    /** Hibernate Validator's INFO lines off; its warnings stay. */
    static void quietThirdPartyLogging() {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
    }
}
