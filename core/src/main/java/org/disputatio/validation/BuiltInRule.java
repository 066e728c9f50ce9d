package org.disputatio.validation;

import org.disputatio.model.Event;
import org.disputatio.validation.internal.EventRule;
import org.disputatio.validation.internal.Messages;

/**
 * A built-in rule as a {@link Rule}. Run by an {@link EventValidator}, it hands its message key
 * and parameters to the validator, which words the message and builds the path only for a
 * finding; run by anyone else, it words them itself in the findings' language.
 */
record BuiltInRule(String name, Severity severity, EventRule rule) implements Rule {

    @Override
    public void check(Event event, Findings findings) {
        if (findings instanceof EventRule.Sink sink) {
            rule.check(event, sink);
            return;
        }
        Messages messages = Messages.of(findings.locale());
        rule.check(event, (path, key, parameters) -> findings.add(path.toString(), messages.format(key, parameters)));
    }

    @Override
    public String toString() {
        return "Rule[" + name + ", " + severity + "]";
    }
}
