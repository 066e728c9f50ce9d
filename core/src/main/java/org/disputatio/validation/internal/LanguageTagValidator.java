package org.disputatio.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.disputatio.validation.constraints.LanguageTag;

/** Checks {@link LanguageTag}. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || LanguageTags.isWellFormed(value);
    }
}
