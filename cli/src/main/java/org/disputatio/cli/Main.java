package org.disputatio.cli;

import org.disputatio.cli.internal.QuietLogging;

/** The entry point of {@code disputatio}: quiet third-party logging, run the command, exit with its code. */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code disputatio} and exits the JVM with the command's exit code.
     *
     * @param args the command line ({@code validate unesco-2017})
     */
    public static void main(String[] args) {
        quietThirdPartyLogging();
        System.exit(Cli.run(args));
    }

    /**
     * Hibernate Validator logs an INFO line (HV000001, its version) through java.util.logging on
     * first use: {@link QuietLogging} turns it off when java.util.logging starts, which a command
     * that does not validate never makes it do.
     */
    static void quietThirdPartyLogging() {
        QuietLogging.install();
    }
}
