package org.disputatio.validation.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.Path;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Interpolates every message in one fixed locale, and renders message parameters for that locale
 * too: a {@link DayOfWeek} reads "Wednesday" in English and "mercredi" in French. How
 * EventValidator configured Hibernate Validator before it walked the model itself; now the
 * reference it is compared with ({@code HibernateReference}).
 */
public final class LocalizingInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate;
    private final Locale locale;

    public LocalizingInterpolator(MessageInterpolator delegate, Locale locale) {
        this.delegate = delegate;
        this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
        return delegate.interpolate(template, localized(context), locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
        return interpolate(template, context);
    }

    private Context localized(Context context) {
        HibernateMessageInterpolatorContext hibernate;
        try {
            hibernate = context.unwrap(HibernateMessageInterpolatorContext.class);
        } catch (RuntimeException notHibernate) {
            return context;
        }
        Map<String, Object> parameters = hibernate.getMessageParameters();
        if (parameters.values().stream().noneMatch(DayOfWeek.class::isInstance)) {
            return context;
        }
        Map<String, Object> localized = new LinkedHashMap<>(parameters);
        localized.replaceAll((name, value) -> value instanceof DayOfWeek
                ? ((DayOfWeek) value).getDisplayName(TextStyle.FULL, locale) : value);
        return new Localized(hibernate, localized);
    }

    /** The same context with localized parameter values. */
    private static final class Localized implements HibernateMessageInterpolatorContext {
        private final HibernateMessageInterpolatorContext original;
        private final Map<String, Object> parameters;

        Localized(HibernateMessageInterpolatorContext original, Map<String, Object> parameters) {
            this.original = original;
            this.parameters = parameters;
        }

        @Override
        public Class<?> getRootBeanType() {
            return original.getRootBeanType();
        }

        @Override
        public Map<String, Object> getMessageParameters() {
            return parameters;
        }

        @Override
        public Map<String, Object> getExpressionVariables() {
            return original.getExpressionVariables();
        }

        @Override
        public Path getPropertyPath() {
            return original.getPropertyPath();
        }

        @Override
        public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
            return original.getExpressionLanguageFeatureLevel();
        }

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return original.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return original.getValidatedValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            return original.unwrap(type);
        }
    }
}
