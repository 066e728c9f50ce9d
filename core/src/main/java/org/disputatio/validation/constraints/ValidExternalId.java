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
 * A Wikidata, ORCID, ROR or ISNI identifier is well-formed (with its check digit where it has one); other schemes need only a non-blank value.
 *
 * <p>Each violation points at the property that is wrong. {@code null} is valid.
 */
// The validator lives in an unexported package: users name the constraint, never its validator.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = org.disputatio.validation.internal.ValidExternalIdValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidExternalId {
    String message() default "{org.disputatio.validation.constraints.ValidExternalId.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
