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
 * The event satisfies Disputatio's built-in rules ({@link org.disputatio.validation.BuiltInRules}):
 * chronology, days within the event, times in order, no double booking, references that
 * resolve, unique ids, well-formed language tags, complete translations. It stands on
 * {@link org.disputatio.model.Event}, so that a plain {@code jakarta.validation.Validator} (an
 * event validated inside your own object graph) runs the same rules as
 * {@link org.disputatio.validation.EventValidator}.
 *
 * <p>Each violation points at the property that is wrong, with the rule's message. Its dynamic
 * payload ({@code HibernateConstraintViolation.getDynamicPayload(Rule.class)}) is the
 * {@link org.disputatio.validation.Rule} that found it, with its name and severity: a missing
 * translation is a warning. {@code null} is valid.
 */
// Validated by a validator registered as a service (META-INF/services, module-info): the model,
// which carries this annotation, never refers to the class that checks it.
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EventInvariants {
    /**
     * The message of a violation that names no rule; every violation this constraint reports
     * carries its rule's own message instead.
     *
     * @return the message template
     */
    String message() default "{org.disputatio.validation.constraints.EventInvariants.message}";

    /**
     * The validation groups this constraint belongs to.
     *
     * @return the groups; none means the default group
     */
    Class<?>[] groups() default {};

    /**
     * The payload of this constraint.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
