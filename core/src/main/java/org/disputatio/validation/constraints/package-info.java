/**
 * The Jakarta Bean Validation constraints of the model: one annotation per invariant a user may
 * want to assert.
 *
 * <p>The event-level invariants annotate {@link org.disputatio.model.Event}:
 * {@link org.disputatio.validation.constraints.ChronologicalDates},
 * {@link org.disputatio.validation.constraints.DaysWithinEvent},
 * {@link org.disputatio.validation.constraints.TimesInOrder},
 * {@link org.disputatio.validation.constraints.NoDoubleBooking},
 * {@link org.disputatio.validation.constraints.ReferencesResolve},
 * {@link org.disputatio.validation.constraints.UniqueIds},
 * {@link org.disputatio.validation.constraints.WellFormedLanguageTags} and
 * {@link org.disputatio.validation.constraints.CompleteTranslations}, the last one marked
 * {@link org.disputatio.validation.constraints.Warning} so that a missing translation does not
 * make the event invalid. {@link org.disputatio.validation.constraints.StatedWeekdayMatches} and
 * {@link org.disputatio.validation.constraints.ValidExternalId} annotate a programme day and an
 * external id; {@link org.disputatio.validation.constraints.CountryCode} and
 * {@link org.disputatio.validation.constraints.LanguageTag} annotate single values.
 *
 * <p>{@link org.disputatio.validation.EventValidator} applies them all, and so does any Bean
 * Validation provider. Users name the annotations, never their validators, which live in a
 * package that is not exported.
 */
package org.disputatio.validation.constraints;
