/**
 * How validation is done, not API: the built-in rules and the list that names them
 * ({@link org.disputatio.validation.internal.Invariants}), the validators of the field
 * constraints, the {@link org.disputatio.validation.internal.ConstraintPlan} by which
 * {@link org.disputatio.validation.EventValidator} walks an event, and the interpolation of
 * messages ({@link org.disputatio.validation.internal.Messages}). Nothing here depends on the
 * package {@link org.disputatio.validation}, which adapts it.
 *
 * <p>Exported to no one; opened to Hibernate Validator only, which instantiates the validators
 * when a user validates the model through a provider.
 */
package org.disputatio.validation.internal;
