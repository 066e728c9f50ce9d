package org.disputatio.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A well-formed BCP 47 language tag: {@code fr}, {@code en-GB}, {@code zh-Hant}. {@code null} is valid.
 */
// Validated by a validator registered as a service (META-INF/services, module-info): the model,
// which carries this annotation, never refers to the class that checks it.
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface LanguageTag {
    String message() default "{org.disputatio.validation.constraints.LanguageTag.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
