/**
 * How validation is done, not API: the validators of the annotations in
 * {@link org.disputatio.validation.constraints}, the
 * {@link org.disputatio.validation.internal.ConstraintPlan} by which
 * {@link org.disputatio.validation.EventValidator} walks an event, and the interpolation of
 * messages ({@link org.disputatio.validation.internal.Messages}).
 *
 * <p>Exported to no one; opened to Hibernate Validator only, which instantiates the validators
 * when a user validates the model through a provider.
 */
package org.disputatio.validation.internal;
