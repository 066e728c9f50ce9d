package org.disputatio.validation.internal;

/**
 * A class-level constraint on a part of the event that reports each problem at a path relative
 * to that part ({@code value} of an external id), with a message key and parameters rather than a
 * built violation. As a Bean Validation validator it reports through {@link Violations};
 * {@code EventValidator}'s walk calls {@link #check} directly. Implementations are stateless.
 */
public interface BeanRule<T> {

    /**
     * Reports every problem of the bean to the sink, at paths relative to the bean.
     *
     * @param bean the part of the event to check, not null
     * @param sink where each problem goes
     */
    void check(T bean, EventRule.Sink sink);
}
