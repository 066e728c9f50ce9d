package org.disputatio.validation;

/** How serious a finding is. */
public enum Severity {
    /** The event is wrong: a reference that does not resolve, times that go backwards. */
    ERROR,
    /** The event is incomplete but usable: a missing translation. */
    WARNING
}
