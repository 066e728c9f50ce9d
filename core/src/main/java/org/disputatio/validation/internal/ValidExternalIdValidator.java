package org.disputatio.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.disputatio.model.ExternalId;
import org.disputatio.validation.constraints.ValidExternalId;

/** Checks {@link ValidExternalId}. */
public final class ValidExternalIdValidator
        implements ConstraintValidator<ValidExternalId, ExternalId>, BeanRule<ExternalId> {

    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern ORCID = Pattern.compile("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]");
    /** ROR ids: a leading 0, six characters of Crockford base 32, two check digits. */
    private static final Pattern ROR = Pattern.compile("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}");
    private static final Pattern ISNI = Pattern.compile("[0-9]{15}[0-9X]");

    @Override
    public boolean isValid(ExternalId id, ConstraintValidatorContext context) {
        if (id == null || wellFormed(id.scheme(), id.value())) {
            return true;
        }
        Violations violations = new Violations(context, null);
        check(id, violations);
        return violations.valid();
    }

    @Override
    public void check(ExternalId id, EventRule.Sink sink) {
        if (!wellFormed(id.scheme(), id.value())) {
            sink.add(PropertyPath.root().property("value"),
                    "ValidExternalId.message", "scheme", id.scheme(), "value", id.value());
        }
    }

    static boolean wellFormed(String scheme, String value) {
        switch (scheme) {
            case ExternalId.WIKIDATA:
                return WIKIDATA.matcher(value).matches();
            case ExternalId.ORCID:
                return ORCID.matcher(value).matches() && mod11_2(value.replace("-", ""));
            case ExternalId.ROR:
                return ROR.matcher(value).matches();
            case ExternalId.ISNI:
                return ISNI.matcher(value).matches() && mod11_2(value);
            default:
                return !value.isBlank();
        }
    }

    /** ISO 7064 MOD 11-2, the check digit of ORCID iDs and ISNIs. */
    private static boolean mod11_2(String digits) {
        int total = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(digits.length() - 1) == expected;
    }
}
