package org.disputatio.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The validators of a constraint, found as a Bean Validation provider finds them: those its
 * {@link Constraint#validatedBy()} names, and those registered as
 * {@code jakarta.validation.ConstraintValidator} services (in {@code META-INF/services} on the
 * class path, or {@code provides} in a module). Disputatio's own constraints name none, so that
 * the model, which carries the annotations, never refers to the classes that check them.
 */
final class ConstraintValidators {

    /** The registered validator classes by the constraint they check, found once. */
    private static final Map<Class<?>, List<Class<?>>> REGISTERED = registered();

    private ConstraintValidators() {
    }

    /** Every validator class of this constraint, those it names first. */
    static List<Class<?>> of(Class<? extends Annotation> constraint) {
        List<Class<?>> validators = new ArrayList<>(Arrays.asList(constraint.getAnnotation(Constraint.class).validatedBy()));
        for (Class<?> registered : REGISTERED.getOrDefault(constraint, List.of())) {
            if (!validators.contains(registered)) {
                validators.add(registered);
            }
        }
        return validators;
    }

    @SuppressWarnings("rawtypes")
    private static Map<Class<?>, List<Class<?>>> registered() {
        Map<Class<?>, List<Class<?>>> byConstraint = new HashMap<>();
        // The types only: a provider creates its own instances, and so does a plan.
        ServiceLoader.load(ConstraintValidator.class, ConstraintValidators.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::type)
                .forEach(type -> {
                    try {
                        byConstraint.computeIfAbsent(ConstraintPlan.typeArgument(type, 0), k -> new ArrayList<>()).add(type);
                    } catch (IllegalStateException e) {
                        // someone else's raw validator: it cannot be for one of our constraints
                    }
                });
        return byConstraint;
    }
}
