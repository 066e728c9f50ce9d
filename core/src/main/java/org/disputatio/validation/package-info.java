/**
 * Checking an event: {@link org.disputatio.validation.EventValidator} runs every constraint of
 * the model, then its list of {@link org.disputatio.validation.Rule}s, and returns a
 * {@link org.disputatio.validation.ValidationReport} of {@link org.disputatio.validation.Finding}s,
 * each an error or a warning ({@link org.disputatio.validation.Severity}) at a property path such
 * as {@code programme.days[0].items[3].start}.
 *
 * <p>Start with {@code EventValidator.english().validate(event)}; in a test,
 * {@link org.disputatio.validation.ValidationReport#assertValid()} fails with a readable report.
 * Messages ship in English and French
 * ({@link org.disputatio.validation.EventValidator#forLocale(java.util.Locale)}).
 *
 * <p>The rules start as {@link org.disputatio.validation.BuiltInRules#all()}, the agenda
 * invariants, each with a stable name; add your own with
 * {@link org.disputatio.validation.EventValidator#withRules(Rule...)} and switch any off by name
 * with {@link org.disputatio.validation.EventValidator#without(String...)}. The field constraints
 * are the annotations of {@link org.disputatio.validation.constraints}, carried by the classes of
 * {@link org.disputatio.model}, so a Jakarta Bean Validation provider such as Hibernate Validator
 * finds the same problems; this package applies them directly, without bootstrapping one. Reading
 * a document ({@link org.disputatio.io}) checks only its format: validation is the separate step
 * that finds what the document gets wrong.
 */
package org.disputatio.validation;
