/**
 * The model of a cyber-policy event: immutable values that hold what a programme or a report
 * states, and nothing it does not.
 *
 * <p>{@link org.disputatio.model.Event} is the root; build one with
 * {@link org.disputatio.model.Event#builder(String)}. Its {@link org.disputatio.model.Programme}
 * is a list of {@link org.disputatio.model.ProgrammeDay}s, each an ordered list of
 * {@link org.disputatio.model.AgendaItem}s (a {@link org.disputatio.model.Panel} or any other
 * {@link org.disputatio.model.Session}) in which people take part through
 * {@link org.disputatio.model.Participation}s. People ({@link org.disputatio.model.Speaker}),
 * organisations ({@link org.disputatio.model.Organisation}) and extra roles
 * ({@link org.disputatio.model.Role}; the built-in ones are in {@link org.disputatio.model.Roles})
 * are registered once on the event and referenced by id. Every text a reader sees is a
 * {@link org.disputatio.model.LocalizedText}, keyed by BCP 47 language tag. What was said is in
 * {@link org.disputatio.model.Proceedings}; where each fact comes from, and whether it is stated
 * or inferred, is in {@link org.disputatio.model.Provenance}.
 *
 * <p>Constructors refuse only what can never be a value (a null list or part); everything else
 * a messy document can get wrong is left for {@link org.disputatio.validation.EventValidator} to
 * report, by the annotations of {@link org.disputatio.validation.constraints} that the model
 * carries. This package does no I/O: the format modules read and write events
 * ({@code org.disputatio.io.json.EventJson}, {@code org.disputatio.io.xml.EventXml}), reporting
 * a document they cannot read with {@link org.disputatio.io.EventReadException}, and
 * {@code org.disputatio.examples} encodes two real events with this API.
 */
package org.disputatio.model;
