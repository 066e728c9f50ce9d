package org.disputatio.validation.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disputatio's messages in one language, from the {@code ValidationMessages} bundles, with
 * {@code {name}} parameters filled in as Hibernate Validator's parameter interpolation fills them
 * (a day of the week named in the language). Immutable and thread-safe.
 */
public final class Messages {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final Locale locale;
    private final ResourceBundle bundle;

    /** The messages in this locale, which must be one Disputatio ships (English or French). */
    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("ValidationMessages", locale);
    }

    /** The message for a key below {@link EventRule#MESSAGE_PREFIX}, with these name/value parameters. */
    public String format(String key, Object... parameters) {
        String template = bundle.getString(EventRule.MESSAGE_PREFIX + key);
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (matcher.find()) {
            int at = parameter(matcher.group(1), parameters);
            // A parameter whose value is null reads "null", as Hibernate Validator renders it.
            matcher.appendReplacement(out, Matcher.quoteReplacement(at < 0 ? matcher.group() : render(parameters[at])));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The index of the value of the named parameter, or -1 if there is none. */
    private static int parameter(String name, Object[] parameters) {
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            if (name.equals(parameters[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    private String render(Object value) {
        return value instanceof DayOfWeek ? ((DayOfWeek) value).getDisplayName(TextStyle.FULL, locale)
                : String.valueOf(value);
    }
}
