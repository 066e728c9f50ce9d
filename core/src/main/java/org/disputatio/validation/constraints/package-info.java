/**
 * The Jakarta Bean Validation constraints of the model, the annotations its classes carry.
 *
 * <p>{@link org.disputatio.validation.constraints.EventInvariants} annotates
 * {@link org.disputatio.model.Event} and stands for every agenda invariant, the rules of
 * {@link org.disputatio.validation.BuiltInRules}: any Bean Validation provider that validates an
 * event runs them through it. {@link org.disputatio.validation.constraints.StatedWeekdayMatches}
 * and {@link org.disputatio.validation.constraints.ValidExternalId} annotate a programme day and
 * an external id; {@link org.disputatio.validation.constraints.CountryCode} and
 * {@link org.disputatio.validation.constraints.LanguageTag} annotate single values.
 * {@link org.disputatio.validation.constraints.Warning} marks a constraint of your own whose
 * violations are warnings.
 *
 * <p>{@link org.disputatio.validation.EventValidator} applies them all, and so does any Bean
 * Validation provider. The annotations name no validator: their validators are registered as
 * {@code jakarta.validation.ConstraintValidator} services, so that this package, and the model
 * that uses it, depend on nothing that checks them.
 */
package org.disputatio.validation.constraints;
