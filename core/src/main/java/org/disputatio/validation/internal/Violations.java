package org.disputatio.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.DayOfWeek;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/**
 * Reports violations of a class-level constraint at the property paths where the problem is,
 * so that a finding reads {@code programme.days[0].items[3].start}, not just "the event".
 */
public final class Violations implements EventRule.Sink {

    private final HibernateConstraintValidatorContext context;
    private final Object dynamicPayload;
    private boolean any;

    /**
     * Reports into this validator context, whose default violation it turns off.
     *
     * @param context the context of the running validator
     * @param dynamicPayload what each violation carries as its dynamic payload, or null
     */
    public Violations(ConstraintValidatorContext context, Object dynamicPayload) {
        this.context = context.unwrap(HibernateConstraintValidatorContext.class);
        this.context.disableDefaultConstraintViolation();
        this.dynamicPayload = dynamicPayload;
    }

    /**
     * Adds a violation.
     *
     * @param key a message key such as {@code TimesInOrder.endBeforeStart}
     * @param parameters alternating names and values, usable as {@code {name}} in the message
     */
    @Override
    public void add(PropertyPath path, String key, Object... parameters) {
        String template = EventRule.message(key);
        any = true;
        context.withDynamicPayload(dynamicPayload);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            String name = (String) parameters[i];
            Object value = parameters[i + 1];
            if (value instanceof DayOfWeek) {
                // Kept as an object (its name has no braces to escape) so that an interpolator can
                // name the day in the reader's language, as Messages does.
                context.addMessageParameter(name, value, MessageParameterEscaping.NONE);
            } else {
                context.addMessageParameter(name, String.valueOf(value));
            }
        }
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
        var nodes = path.nodes();
        if (nodes.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        // Bean Validation attaches an index to the node *after* the list node: "days[0].items"
        // is built as property "days", then property "items" marked as being at index 0.
        NodeBuilderCustomizableContext open = builder.addPropertyNode(nodes.get(0).name());
        NodeBuilderDefinedContext defined = null;
        Integer pendingIndex = nodes.get(0).index();
        for (int i = 1; i < nodes.size(); i++) {
            NodeBuilderCustomizableContext next = defined != null
                    ? defined.addPropertyNode(nodes.get(i).name())
                    : open.addPropertyNode(nodes.get(i).name());
            if (pendingIndex != null) {
                defined = next.inIterable().atIndex(pendingIndex);
                open = null;
            } else {
                open = next;
                defined = null;
            }
            pendingIndex = nodes.get(i).index();
        }
        if (pendingIndex != null) {
            (defined != null ? defined.addBeanNode() : open.addBeanNode())
                    .inIterable().atIndex(pendingIndex).addConstraintViolation();
        } else if (defined != null) {
            defined.addConstraintViolation();
        } else {
            open.addConstraintViolation();
        }
    }

    /**
     * Whether the object is valid.
     *
     * @return true if nothing was added
     */
    public boolean valid() {
        return !any;
    }
}
