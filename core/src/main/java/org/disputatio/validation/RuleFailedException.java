package org.disputatio.validation;

import org.disputatio.model.Event;

/**
 * A rule threw instead of reporting: the message names the rule and the event, the cause is
 * what the rule threw.
 */
public final class RuleFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rule's name. */
    private final String rule;

    RuleFailedException(Rule rule, Event event, RuntimeException cause) {
        super("rule '" + rule.name() + "' failed on event '" + event.id() + "': " + cause, cause);
        this.rule = rule.name();
    }

    /**
     * The name of the rule that failed.
     *
     * @return the rule's name
     */
    public String rule() {
        return rule;
    }
}
