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
 * Days follow one another and, within a day, agenda items never go back in time: each item starts no earlier than the items before it, and ends no earlier than it starts. Items without a time are skipped.
 *
 * <p>Each violation points at the property that is wrong. {@code null} is valid.
 */
// The validator lives in an unexported package: users name the constraint, never its validator.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = org.disputatio.validation.internal.TimesInOrderValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TimesInOrder {
    String message() default "{org.disputatio.validation.constraints.TimesInOrder.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
