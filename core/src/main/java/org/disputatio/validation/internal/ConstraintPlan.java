package org.disputatio.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.disputatio.validation.constraints.EventInvariants;
import org.disputatio.validation.constraints.Warning;

/**
 * The field-level Bean Validation constraints of a model type, read once from its annotations and
 * then applied by a direct walk of the object graph, without a Bean Validation provider on the
 * way. It reports what Hibernate Validator reports for the same annotations (same paths, message
 * keys and bundles, constraint names and severities), at a fraction of the cost: no metadata
 * lookups, path objects or violation sets per bean.
 *
 * <p>What a plan understands: constraints on fields (of records and classes) and on the type
 * arguments of {@code List} and {@code Optional} fields; {@code @Valid} on a field, or on the type
 * argument of a {@code List} or {@code Optional}; class-level constraints. Built-in constraints
 * come from a small table ({@link #BUILT_IN}); our own constraints are validated by their
 * {@link ConstraintValidator} (named in {@code validatedBy} or registered as a service, see
 * {@link ConstraintValidators}), created once, or through their {@link BeanRule} when they report
 * at paths of their own; the class-level {@link EventInvariants} is left to the caller, which runs
 * the rules it stands for itself. Anything else that would change what a Bean Validation provider reports
 * (an unknown built-in constraint, groups, composed constraints, constraints on getters, other
 * containers, ...) makes building the plan fail with an {@link IllegalStateException}, rather
 * than being skipped in silence.
 *
 * <p>The walk visits a bean's class-level constraints, then each constrained field in declaration
 * order (its own constraints, then those of its elements), then cascades field by field,
 * depth-first. Plans are cached per class and immutable; a walk is single-threaded.
 */
public final class ConstraintPlan {

    /** A built-in constraint: which values it accepts, and to which declared types it applies. */
    private record BuiltIn(Predicate<Object> valid, Predicate<Class<?>> appliesTo) {
    }

    /** The built-in constraints the model uses, as Hibernate Validator's validators define them. */
    private static final Map<Class<? extends Annotation>, BuiltIn> BUILT_IN = Map.of(
            NotNull.class, new BuiltIn(value -> value != null, type -> true),
            NotBlank.class, new BuiltIn(value -> value != null && !value.toString().isBlank(),
                    CharSequence.class::isAssignableFrom),
            PositiveOrZero.class, new BuiltIn(ConstraintPlan::positiveOrZero, ConstraintPlan::isWholeNumber));

    private static final ClassValue<ConstraintPlan> PLANS = new ClassValue<>() {
        @Override
        protected ConstraintPlan computeValue(Class<?> type) {
            return new ConstraintPlan(type);
        }
    };

    private final Class<?> type;
    private final Check[] classChecks;
    private final Property[] properties;

    private ConstraintPlan(Class<?> type) {
        this.type = type;
        try {
            rejectUnsupported(type);
            this.classChecks = classChecks(type);
            this.properties = properties(type);
        } catch (IllegalStateException e) {
            throw e;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot plan the validation of " + type.getName() + ": " + e, e);
        }
    }

    /**
     * The plan of this class, built on first use.
     *
     * @param type a model class
     * @return its cached plan
     * @throws IllegalStateException if the class has a constraint the plan cannot apply
     */
    public static ConstraintPlan of(Class<?> type) {
        return PLANS.get(type);
    }

    /**
     * Builds the plans of this type and of every type it cascades to, as far as the declared
     * types tell (the permitted subclasses of a sealed type included), so that a constraint the
     * plan does not understand fails now, not in the middle of some later validation.
     *
     * @param root the type validation starts from ({@code Event})
     * @throws IllegalStateException if a type reached has a constraint the plan cannot apply
     */
    public static void prepare(Class<?> root) {
        Set<Class<?>> seen = new HashSet<>();
        List<Class<?>> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Class<?> type = pending.remove(pending.size() - 1);
            if (!seen.add(type)) {
                continue;
            }
            if (type.isSealed()) {
                pending.addAll(Arrays.asList(type.getPermittedSubclasses()));
            }
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Property property : of(type).properties) {
                if (property.cascade) {
                    pending.add(property.declaredTarget);
                }
            }
        }
    }

    /**
     * Checks the field-level constraints of {@code root} and everything it cascades to, adding one
     * finding per violation to {@code findings}, with messages in the language of {@code messages}.
     *
     * @param root the object to validate
     * @param messages the messages, in the report's language
     * @param findings where the findings are added, in walk order
     */
    public static void validate(Object root, Messages messages, Reporter findings) {
        new Walk(messages, findings).bean(root);
    }

    // ---------------------------------------------------------------------------------------------
    // The walk

    /** Where a walk reports what it finds. */
    public interface Reporter {
        /**
         * Reports one violated constraint.
         *
         * @param warning whether the constraint is a warning ({@link Warning} payload) rather than an error
         * @param path the property path from the root
         * @param message the message, in the walk's language
         * @param constraint the simple name of the constraint's annotation
         */
        void add(boolean warning, String path, String message, String constraint);
    }

    private static final class Walk implements EventRule.Sink {
        private final Messages messages;
        private final Reporter findings;
        private final PathStack path = new PathStack();
        private Check rule; // the rule whose sink this walk is, while it runs

        Walk(Messages messages, Reporter findings) {
            this.messages = messages;
            this.findings = findings;
        }

        void bean(Object bean) {
            ConstraintPlan plan = PLANS.get(bean.getClass());
            for (Check check : plan.classChecks) {
                check(check, bean);
            }
            Property[] properties = plan.properties;
            for (Property property : properties) {
                if (property.checks.length == 0 && property.elementChecks.length == 0) {
                    continue;
                }
                Object value = property.get(bean);
                path.push(property.name);
                for (Check check : property.checks) {
                    check(check, value);
                }
                if (property.elementChecks.length > 0 && value != null) {
                    if (property.container == Container.LIST) {
                        List<?> list = (List<?>) value;
                        for (int i = 0; i < list.size(); i++) {
                            path.index(i);
                            Object element = list.get(i);
                            for (Check check : property.elementChecks) {
                                check(check, element);
                            }
                        }
                    } else {
                        Object content = ((Optional<?>) value).orElse(null);
                        for (Check check : property.elementChecks) {
                            check(check, content);
                        }
                    }
                }
                path.pop();
            }
            for (Property property : properties) {
                if (property.cascade) {
                    cascade(property, property.get(bean));
                }
            }
        }

        private void cascade(Property property, Object value) {
            if (value == null) {
                return;
            }
            path.push(property.name);
            switch (property.container) {
                case NONE -> bean(value);
                case OPTIONAL -> {
                    Optional<?> optional = (Optional<?>) value;
                    if (optional.isPresent()) {
                        bean(optional.get());
                    }
                }
                case LIST -> {
                    List<?> list = (List<?>) value;
                    for (int i = 0; i < list.size(); i++) {
                        Object element = list.get(i);
                        if (element != null) {
                            path.index(i);
                            bean(element);
                        }
                    }
                }
            }
            path.pop();
        }

        @SuppressWarnings("unchecked")
        private void check(Check check, Object value) {
            if (check.rule != null) {
                if (value != null) {
                    rule = check;
                    ((BeanRule<Object>) check.rule).check(value, this);
                    rule = null;
                }
            } else if (!check.valid.test(value)) {
                findings.add(check.warning, path.appendTo(new StringBuilder()).toString(), check.message(messages),
                        check.name);
            }
        }

        /** A rule's finding, at the rule's path relative to the current one. */
        @Override
        public void add(PropertyPath relative, String key, Object... parameters) {
            StringBuilder where = path.appendTo(new StringBuilder());
            relative.appendTo(where);
            findings.add(rule.warning, where.toString(), messages.format(key, parameters), rule.name);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The plan

    private enum Container { NONE, LIST, OPTIONAL }

    /** A constrained or cascaded field. */
    private static final class Property {
        final String name;
        final Function<Object, Object> getter;
        final Container container;
        final Check[] checks;        // on the field's value
        final Check[] elementChecks; // on each element of the list, or on the optional's content
        final boolean cascade;
        final Class<?> declaredTarget; // the declared type of what is cascaded to

        Property(String name, Function<Object, Object> getter, Container container, Check[] checks,
                Check[] elementChecks, boolean cascade, Class<?> declaredTarget) {
            this.name = name;
            this.getter = getter;
            this.container = container;
            this.checks = checks;
            this.elementChecks = elementChecks;
            this.cascade = cascade;
            this.declaredTarget = declaredTarget;
        }

        Object get(Object bean) {
            return getter.apply(bean);
        }
    }

    /** One constraint annotation as the walk applies it. */
    private static final class Check {
        final String name;
        final boolean warning;
        final Predicate<Object> valid;  // either this,
        final BeanRule<?> rule;         // or this
        final String template;
        final Map<String, Object> attributes;
        private final Map<Locale, String> messages = new ConcurrentHashMap<>(4);

        Check(Annotation annotation, Predicate<Object> valid, BeanRule<?> rule) throws ReflectiveOperationException {
            this.name = annotation.annotationType().getSimpleName();
            this.valid = valid;
            this.rule = rule;
            this.attributes = attributes(annotation);
            this.template = (String) attributes.get("message");
            Class<?>[] payload = (Class<?>[]) attributes.get("payload");
            Class<?>[] groups = (Class<?>[]) attributes.get("groups");
            for (Class<?> p : payload) {
                if (p != Warning.class) {
                    throw unsupported(annotation, "payload " + p.getName());
                }
            }
            for (Class<?> group : groups) {
                if (group != Default.class) {
                    throw unsupported(annotation, "group " + group.getName());
                }
            }
            this.warning = payload.length > 0;
        }

        /** The message in the language of these messages, interpolated on first use. */
        String message(Messages messages) {
            return this.messages.computeIfAbsent(messages.locale(), locale -> messages.interpolate(template, attributes));
        }
    }

    private static Check[] classChecks(Class<?> type) throws ReflectiveOperationException {
        List<Check> checks = new ArrayList<>();
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            Check check = check(annotation, type, true);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks.toArray(Check[]::new);
    }

    private static Property[] properties(Class<?> type) throws ReflectiveOperationException {
        List<Property> properties = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Property property = property(field);
            if (property != null) {
                properties.add(property);
            }
        }
        return properties.toArray(Property[]::new);
    }

    private static Property property(Field field) throws ReflectiveOperationException {
        Class<?> type = field.getType();
        Container container = type == List.class ? Container.LIST : type == Optional.class ? Container.OPTIONAL
                : Container.NONE;
        List<Check> checks = new ArrayList<>();
        boolean valid = false;
        for (Annotation annotation : field.getDeclaredAnnotations()) {
            if (annotation instanceof Valid) {
                valid = true;
                continue;
            }
            Check check = check(annotation, type, false);
            if (check != null) {
                if (container != Container.NONE) {
                    // A provider would apply it to the optional's content, or to the list itself:
                    // not needed by the model, so not guessed at.
                    throw unsupported(annotation, "a constraint on the " + type.getSimpleName() + " field "
                            + field.getName() + " of " + field.getDeclaringClass().getName());
                }
                checks.add(check);
            }
        }
        AnnotatedType annotated = field.getAnnotatedType();
        for (Annotation annotation : annotated.getDeclaredAnnotations()) {
            // A type-use constraint on the field's own type is the declaration constraint seen again
            // (a record component's annotation lands on both), which providers count once.
            if (isConstraint(annotation.annotationType()) && !field.isAnnotationPresent(annotation.annotationType())) {
                throw unsupported(annotation, "a type-use constraint on the field " + field.getName());
            }
        }
        List<Check> elementChecks = new ArrayList<>();
        boolean elementValid = false;
        Class<?> target = type;
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            if (container == Container.NONE) {
                for (AnnotatedType argument : arguments) {
                    rejectAnnotationsIn(argument, field);
                }
            } else {
                AnnotatedType element = arguments[0];
                rejectAnnotationsInArgumentsOf(element, field);
                target = rawClass(element.getType());
                for (Annotation annotation : element.getDeclaredAnnotations()) {
                    if (annotation instanceof Valid) {
                        elementValid = true;
                        continue;
                    }
                    Check check = check(annotation, target, false);
                    if (check != null) {
                        elementChecks.add(check);
                    }
                }
            }
        }
        if (valid && container != Container.NONE) {
            elementValid = true; // @Valid on a List or Optional field cascades into its elements
        }
        boolean cascade = valid || elementValid;
        if (cascade && (target.isPrimitive() || target.isArray() || Collection.class.isAssignableFrom(target)
                || Map.class.isAssignableFrom(target) || target == Optional.class)) {
            throw new IllegalStateException("cannot plan the validation of " + field.getDeclaringClass().getName()
                    + ": @Valid on " + field.getName() + " cascades into a " + target.getName());
        }
        if (checks.isEmpty() && elementChecks.isEmpty() && !cascade) {
            return null;
        }
        return new Property(field.getName(), getter(field), container, checks.toArray(Check[]::new),
                elementChecks.toArray(Check[]::new), cascade, target);
    }

    /**
     * How the walk reads a field: a record component through its accessor, as a {@link Function}
     * spun once by {@link LambdaMetafactory} (an ordinary, inlinable call, where a method handle
     * that is not a constant costs several times more); any other field through a method handle.
     * (A provider reads the field itself; a record's accessor returns it unless the record
     * overrides the accessor, which no record of the model does.)
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(Field field) throws ReflectiveOperationException {
        Class<?> owner = field.getDeclaringClass();
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        if (owner.isRecord()) {
            Method accessor = owner.getDeclaredMethod(field.getName());
            MethodHandle target = lookup.unreflect(accessor);
            try {
                return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                        MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                        target, MethodType.methodType(accessor.getReturnType(), owner)).getTarget().invokeExact();
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + owner.getName() + "." + field.getName(), e);
            }
        }
        MethodHandle getter = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
        return bean -> {
            try {
                return (Object) getter.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * The check of one annotation on a value of this declared type, or null if the annotation is
     * no constraint. Fails for a constraint the plan cannot apply exactly as a provider would.
     */
    private static Check check(Annotation annotation, Class<?> declared, boolean classLevel)
            throws ReflectiveOperationException {
        Class<? extends Annotation> type = annotation.annotationType();
        if (annotation instanceof GroupSequence || annotation instanceof ConvertGroup
                || type.getName().startsWith("org.hibernate.validator.group.")) {
            throw unsupported(annotation, "group sequences and conversions");
        }
        if (annotation instanceof Valid) {
            throw unsupported(annotation, "@Valid on a class");
        }
        Constraint constraint = type.getAnnotation(Constraint.class);
        if (constraint == null) {
            if (isConstraintList(type)) {
                throw unsupported(annotation, "repeated constraints");
            }
            return null;
        }
        for (Annotation meta : type.getDeclaredAnnotations()) {
            if (isConstraint(meta.annotationType())) {
                throw unsupported(annotation, "composed constraints");
            }
        }
        if (type == EventInvariants.class) {
            if (!classLevel) {
                throw unsupported(annotation, "the event's invariants on a field");
            }
            return null; // the event's rules, which the caller runs itself
        }
        BuiltIn builtIn = BUILT_IN.get(type);
        if (builtIn != null) {
            if (!builtIn.appliesTo().test(declared)) {
                throw unsupported(annotation, "a value of type " + declared.getName());
            }
            return new Check(annotation, builtIn.valid(), null);
        }
        List<Class<?>> applicable = new ArrayList<>();
        for (Class<?> validator : ConstraintValidators.of(type)) {
            if (validatedType(validator).isAssignableFrom(wrap(declared))) {
                applicable.add(validator);
            }
        }
        if (applicable.size() != 1) {
            throw unsupported(annotation, applicable.isEmpty()
                    ? "a value of type " + declared.getName() + " (no built-in support, no validator applies)"
                    : "a value of type " + declared.getName() + " (more than one validator applies)");
        }
        Class<?> validatorClass = applicable.get(0);
        @SuppressWarnings("unchecked")
        ConstraintValidator<Annotation, Object> validator =
                (ConstraintValidator<Annotation, Object>) validatorClass.getConstructor().newInstance();
        validator.initialize(annotation);
        if (validator instanceof BeanRule<?> rule) {
            return new Check(annotation, null, rule);
        }
        return new Check(annotation, value -> validator.isValid(value, NoContext.INSTANCE), null);
    }

    /** The {@code T} of a {@code ConstraintValidator<A, T>}. */
    static Class<?> validatedType(Class<?> validator) {
        return typeArgument(validator, 1);
    }

    /** The {@code A} (index 0) or {@code T} (index 1) of a {@code ConstraintValidator<A, T>}. */
    static Class<?> typeArgument(Class<?> validator, int index) {
        for (Class<?> c = validator; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
                    return rawClass(p.getActualTypeArguments()[index]);
                }
            }
        }
        throw new IllegalStateException("cannot tell what " + validator.getName() + " validates");
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof TypeVariable<?> || type instanceof java.lang.reflect.WildcardType) {
            return Object.class;
        }
        throw new IllegalStateException("cannot plan for the type " + type);
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return MethodType.methodType(type).wrap().returnType();
    }

    /** Fails for the parts of a class a provider would read that the plan does not. */
    private static void rejectUnsupported(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c != type && (hasConstraints(c) || Arrays.stream(c.getDeclaredFields()).anyMatch(
                    f -> Arrays.stream(f.getDeclaredAnnotations()).anyMatch(a -> isConstraintOrValid(a.annotationType()))))) {
                throw new IllegalStateException("cannot plan the validation of " + type.getName()
                        + ": its superclass " + c.getName() + " has constraints");
            }
            for (Class<?> implemented : c.getInterfaces()) {
                if (hasConstraints(implemented)) {
                    throw new IllegalStateException("cannot plan the validation of " + type.getName()
                            + ": its interface " + implemented.getName() + " has constraints");
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                boolean recordAccessor = c.isRecord() && method.getParameterCount() == 0
                        && Arrays.stream(c.getRecordComponents()).anyMatch(rc -> rc.getName().equals(method.getName()));
                if (!recordAccessor && Arrays.stream(method.getDeclaredAnnotations())
                        .anyMatch(a -> isConstraintOrValid(a.annotationType()))) {
                    // Record accessors carry their component's annotations, which providers read
                    // on the field; other methods would be getters or method constraints.
                    throw new IllegalStateException("cannot plan the validation of " + type.getName()
                            + ": constraints on the method " + method.getName());
                }
            }
        }
    }

    private static boolean hasConstraints(Class<?> type) {
        if (Arrays.stream(type.getDeclaredAnnotations()).anyMatch(a -> isConstraintOrValid(a.annotationType())
                || a instanceof GroupSequence)) {
            return true;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Arrays.stream(method.getDeclaredAnnotations()).anyMatch(a -> isConstraintOrValid(a.annotationType()))) {
                return true;
            }
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (hasConstraints(implemented)) {
                return true;
            }
        }
        return false;
    }

    private static void rejectAnnotationsInArgumentsOf(AnnotatedType type, Field field) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                rejectAnnotationsIn(argument, field);
            }
        }
    }

    /** Fails for a constraint or {@code @Valid} anywhere in a type the plan does not look into. */
    private static void rejectAnnotationsIn(AnnotatedType type, Field field) {
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (isConstraintOrValid(annotation.annotationType())) {
                throw unsupported(annotation, "the type " + type.getType().getTypeName() + " of the field "
                        + field.getDeclaringClass().getName() + "." + field.getName());
            }
        }
        rejectAnnotationsInArgumentsOf(type, field);
    }

    private static boolean isConstraint(Class<? extends Annotation> type) {
        return type.isAnnotationPresent(Constraint.class) || isConstraintList(type);
    }

    private static boolean isConstraintOrValid(Class<? extends Annotation> type) {
        return type == Valid.class || isConstraint(type);
    }

    /** A container of repeated constraints, such as {@code @NotBlank.List}. */
    private static boolean isConstraintList(Class<? extends Annotation> type) {
        try {
            Class<?> value = type.getMethod("value").getReturnType();
            return value.isArray() && value.getComponentType().isAnnotation()
                    && value.getComponentType().isAnnotationPresent(Constraint.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static IllegalStateException unsupported(Annotation annotation, String what) {
        return new IllegalStateException("EventValidator's plan does not support @"
                + annotation.annotationType().getName() + " on " + what
                + "; teach org.disputatio.validation.internal.ConstraintPlan about it");
    }

    /** Every attribute of the annotation, by name, as message parameters. */
    private static Map<String, Object> attributes(Annotation annotation) throws ReflectiveOperationException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Method method : annotation.annotationType().getDeclaredMethods()) {
            if (method.getParameterCount() == 0) {
                method.setAccessible(true);
                attributes.put(method.getName(), method.invoke(annotation));
            }
        }
        return Map.copyOf(attributes);
    }

    private static boolean positiveOrZero(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() >= 0;
        }
        if (value instanceof BigInteger integer) {
            return integer.signum() >= 0;
        }
        return ((Number) value).longValue() >= 0;
    }

    private static boolean isWholeNumber(Class<?> type) {
        Class<?> t = wrap(type);
        return t == Integer.class || t == Long.class || t == Short.class || t == Byte.class
                || t == BigInteger.class || t == BigDecimal.class;
    }

    @Override
    public String toString() {
        return "ConstraintPlan[" + type.getName() + ": " + classChecks.length + " class constraints, "
                + properties.length + " properties]";
    }

    /**
     * The context given to a plain {@link ConstraintValidator}: enough for one that answers yes or
     * no. A validator that builds its own violations implements {@link BeanRule} instead.
     */
    private static final class NoContext implements ConstraintValidatorContext {
        static final NoContext INSTANCE = new NoContext();

        @Override
        public void disableDefaultConstraintViolation() {
            throw unsupported();
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            throw unsupported();
        }

        @Override
        public jakarta.validation.ClockProvider getClockProvider() {
            throw unsupported();
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            throw unsupported();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw unsupported();
        }

        private static UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("a validator that uses its context must implement "
                    + BeanRule.class.getName() + " to run in EventValidator");
        }
    }
}
