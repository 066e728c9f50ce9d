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
 * Every text meant for readers exists in every language the event declares. The model declares it with {@code payload = Warning.class}: a document with a missing translation is incomplete, not broken. Proper names (people, organisations, venues, links) are not checked.
 *
 * <p>Each violation points at the property that is wrong. {@code null} is valid.
 */
// The validator lives in an unexported package: users name the constraint, never its validator.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = org.disputatio.validation.internal.CompleteTranslationsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CompleteTranslations {
    /**
     * The message of a violation, with the violation's values put in for {@code {name}}.
     *
     * @return a message, or a {@code {key}} of the {@code ValidationMessages} bundles; by default
     *     this constraint's own message, in English or French
     */
    String message() default "{org.disputatio.validation.constraints.CompleteTranslations.message}";

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
