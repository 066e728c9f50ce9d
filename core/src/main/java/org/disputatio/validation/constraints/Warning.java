package org.disputatio.validation.constraints;

import jakarta.validation.Payload;

/**
 * Marks a constraint whose violations are warnings, not errors: put it in a constraint's
 * {@code payload}. {@link org.disputatio.validation.EventValidator} reports such violations with
 * {@link org.disputatio.validation.Severity#WARNING}.
 */
public interface Warning extends Payload {
}
