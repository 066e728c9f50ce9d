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
    String message() default "{org.disputatio.validation.constraints.StatedWeekdayMatches.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
