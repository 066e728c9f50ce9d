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
 * Ids are unique: people, organisations, event roles, agenda items (across all days), source documents and rooms.
 *
 * <p>Each violation points at the property that is wrong. {@code null} is valid.
 */
// The validator lives in an unexported package: users name the constraint, never its validator.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = org.disputatio.validation.internal.UniqueIdsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueIds {
    String message() default "{org.disputatio.validation.constraints.UniqueIds.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
