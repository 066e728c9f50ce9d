/**
 * Worked examples of the API: the two real source documents that define Disputatio's scope,
 * encoded fact by fact, and the README's code sample.
 *
 * <p>{@link org.disputatio.examples.UnescoConference2017#event()} is the bilingual programme of
 * a two-day conference (a partly timed agenda, three panels, 28 people, a venue, a foreword);
 * {@link org.disputatio.examples.SaintCyrSymposium2014#event()} is a symposium known only from
 * its report (proceedings, themes, an inferred year). Their code shows how each trap of a messy
 * document (a missing translation, an untimed panel, a wrong title, an inferred date) is
 * represented with {@link org.disputatio.model}, its provenance claims and its editorial notes.
 * {@link org.disputatio.examples.Samples} looks both up by name, as the command line does for
 * its built-in samples; {@link org.disputatio.examples.QuickStart} builds a small event and
 * validates it with {@link org.disputatio.validation.EventValidator}.
 *
 * <p>The examples use only the public API of {@code org.disputatio.core}; the format modules
 * ({@code org.disputatio.io.json}, {@code org.disputatio.io.xml}) can write them out.
 */
package org.disputatio.examples;
