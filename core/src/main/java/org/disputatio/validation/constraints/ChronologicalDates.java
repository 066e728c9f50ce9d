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
 * An event does not end before it starts.
 *
 * <p>Each violation points at the property that is wrong. {@code null} is valid.
 */
// The validator lives in an unexported package: users name the constraint, never its validator.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = org.disputatio.validation.internal.ChronologicalDatesValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ChronologicalDates {
    String message() default "{org.disputatio.validation.constraints.ChronologicalDates.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
