package org.disputatio.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A weekday printed in the source is the weekday of the date.
 *
 * <p>Each violation points at the property that is wrong. {@code null} is valid.
 */
// Validated by a validator registered as a service (META-INF/services, module-info): the model,
// which carries this annotation, never refers to the class that checks it.
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatedWeekdayMatches {
    /**
     * The message of a violation, with the violation's values put in for {@code {name}}.
     *
     * @return a message, or a {@code {key}} of the {@code ValidationMessages} bundles; by default
     *     this constraint's own message, in English or French
     */
    String message() default "{org.disputatio.validation.constraints.StatedWeekdayMatches.message}";

    /**
     * The validation groups the constraint belongs to.
     *
     * @return the groups; empty for the default group, the only one
     *     {@link org.disputatio.validation.EventValidator} applies
     */
    Class<?>[] groups() default {};

    /**
     * Metadata for the validator: {@link Warning} makes each violation a warning, not an error.
     *
     * @return the payload types; empty for violations that are errors
     */
    Class<? extends Payload>[] payload() default {};
}
