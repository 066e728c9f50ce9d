/**
 * Agenda invariants in users' own tests: {@link org.disputatio.testkit.EventAssertions} (plain
 * {@code AssertionError}s, for JUnit 5, TestNG or a {@code main}), and jqwik generators of valid
 * events and of events with one planted fault ({@link org.disputatio.testkit.jqwik.Events}). jqwik
 * is optional: only the {@code jqwik} package needs it.
 */
module org.disputatio.testkit {
    requires transitive org.disputatio.core;
    requires static transitive net.jqwik.api;

    exports org.disputatio.testkit;
    exports org.disputatio.testkit.jqwik;
}
