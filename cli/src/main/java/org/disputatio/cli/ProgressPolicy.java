package org.disputatio.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * Whether a command over a corpus shows its progress on standard error: only when standard
 * error is a terminal, and never under CI (the {@code CI} environment variable set, to anything
 * but {@code false}); never when the command's own output goes to the same terminal as it is
 * written (a line of progress would cut through it).
 *
 * <p>Java cannot ask whether standard error is a terminal. The {@code ./disputatio} launcher
 * can ({@code [[ -t 2 ]]}, {@code [[ -t 1 ]]}) and tells the JVM with
 * {@code -Ddisputatio.stderr=terminal|other} and {@code -Ddisputatio.stdout=terminal|other}.
 * Without them ({@code java -jar}), the JVM's console decides: before JDK 22
 * {@link System#console()} exists only when standard input and output are a terminal; from JDK
 * 22 on it exists even when they are redirected, and {@code Console.isTerminal()} (called by
 * reflection, since the command is built for Java 17) tells.
 */
final class ProgressPolicy {

    /** The system property the launcher sets for standard error. */
    static final String STDERR_PROPERTY = "disputatio.stderr";
    /** The system property the launcher sets for standard output. */
    static final String STDOUT_PROPERTY = "disputatio.stdout";

    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> properties;
    private final BooleanSupplier console;

    /**
     * @param environment environment variables by name, null when unset
     * @param properties system properties by name, null when unset
     * @param console whether the JVM's console is a terminal, asked only when a property does not say
     */
    ProgressPolicy(UnaryOperator<String> environment, UnaryOperator<String> properties, BooleanSupplier console) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.console = Objects.requireNonNull(console, "console");
    }

    /** The policy of this process: its environment, its system properties and its console. */
    static ProgressPolicy system() {
        return new ProgressPolicy(System::getenv, System::getProperty, ProgressPolicy::consoleIsTerminal);
    }

    /** A policy for tests: these variables and properties, and a console that is a terminal or not. */
    static ProgressPolicy of(Map<String, String> environment, Map<String, String> properties, boolean console) {
        return new ProgressPolicy(environment::get, properties::get, () -> console);
    }

    /**
     * Whether to show progress.
     *
     * @param writesToStdoutMeanwhile whether the command writes its output while the progress is
     *     shown (then standard output must not be a terminal either)
     */
    boolean shows(boolean writesToStdoutMeanwhile) {
        String ci = environment.apply("CI");
        if (ci != null && !ci.equalsIgnoreCase("false")) {
            return false;
        }
        if (!isTerminal(STDERR_PROPERTY)) {
            return false;
        }
        return !writesToStdoutMeanwhile || !isTerminal(STDOUT_PROPERTY);
    }

    private boolean isTerminal(String property) {
        String said = properties.apply(property);
        if (said != null) {
            return said.equals("terminal");
        }
        return console.getAsBoolean();
    }

    /** Whether the JVM's console is a terminal, on Java 17 as on 22 and later. */
    static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException before22) {
            return true; // before JDK 22 there is a console only on a terminal
        }
        try {
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
