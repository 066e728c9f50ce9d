package org.disputatio.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputatio.io.shape.PropertyPaths;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Every fact stated, nothing invented", checked against the source documents themselves for
 * both samples: every text is printed in the source, every claim and note points at a real fact
 * and a registered source.
 */
class EncodingFidelityTest {

    /** The samples encoded from a source; the fictional forum has none. */
    static Stream<String> samples() {
        return Samples.names().stream().filter(name -> !name.equals("halvard-forum-2031"));
    }

    private static Event sample(String name) {
        return Samples.get(name).orElseThrow();
    }

    private static SourceText sourceOf(Event event) {
        List<SourceDocument> sources = event.provenance().sources();
        assertEquals(1, sources.size(), "each sample is encoded from one document");
        return SourceText.load(sources.get(0).reference().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyTextIsPrintedVerbatimInTheSource(String name) {
        Event event = sample(name);
        SourceText source = sourceOf(event);
        List<String> invented = new ArrayList<>();
        for (Map.Entry<String, LocalizedText> entry : EventGraph.texts(event).entrySet()) {
            entry.getValue().asMap().forEach((language, text) -> {
                if (!source.prints(text)) {
                    invented.add(entry.getKey() + " [" + language + "] " + text);
                }
            });
        }
        assertTrue(invented.isEmpty(), "texts not printed in " + source + ": " + invented);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPersonIsNamedAsPrinted(String name) {
        Event event = sample(name);
        SourceText source = sourceOf(event);
        for (Speaker person : event.people()) {
            assertTrue(source.prints(person.displayName()), person.displayName());
            assertTrue(source.prints(person.name().printed()), person.name().printed());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPartOfANameIsAWordOfItsPrintedForm(String name) {
        for (Speaker person : sample(name).people()) {
            java.util.List<String> words = java.util.List.of(person.name().printed().split(" "));
            person.name().given().ifPresent(given -> assertTrue(
                    java.util.Collections.indexOfSubList(words, java.util.List.of(given.split(" "))) >= 0, given));
            person.name().family().ifPresent(family -> assertTrue(
                    java.util.Collections.indexOfSubList(words, java.util.List.of(family.split(" "))) >= 0, family));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEditorialNoteQuotesTheSourceVerbatim(String name) {
        Event event = sample(name);
        SourceText source = sourceOf(event);
        for (EditorialNote note : event.provenance().notes()) {
            String quoted = note.quoted().orElseThrow(() -> new AssertionError("note quotes nothing: " + note));
            assertTrue(source.prints(quoted), "not in " + source + ": " + quoted);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyClaimAndNoteNamesARegisteredSource(String name) {
        Event event = sample(name);
        Set<String> sources = event.provenance().sources().stream().map(SourceDocument::id)
                .collect(Collectors.toSet());
        for (Claim claim : event.provenance().claims()) {
            assertTrue(sources.contains(claim.source().orElse("")), "claim on " + claim.path());
        }
        for (EditorialNote note : event.provenance().notes()) {
            assertTrue(sources.contains(note.source().orElse("")), "note on " + note.path());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyClaimAndNoteNamesAFactOfTheEvent(String name) {
        Event event = sample(name);
        PropertyPaths paths = PropertyPaths.of(event);
        for (Claim claim : event.provenance().claims()) {
            String indexPath = paths.indexPath(claim.path()).orElseThrow(
                    () -> new AssertionError("claim on nothing: " + claim.path()));
            assertFalse(EventGraph.resolve(event, indexPath).isEmpty(), "claim on nothing: " + claim.path());
            assertFalse(claim.rationale().isBlank(), "claim without rationale: " + claim.path());
        }
        for (EditorialNote note : event.provenance().notes()) {
            String indexPath = paths.indexPath(note.path()).orElseThrow(
                    () -> new AssertionError("note on nothing: " + note.path()));
            assertFalse(EventGraph.resolve(event, indexPath).isEmpty(), "note on nothing: " + note.path());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void claimsAndNotesNameElementsByIdWhereTheyHaveOne(String name) {
        Event event = sample(name);
        List<String> paths = new ArrayList<>();
        event.provenance().claims().forEach(claim -> paths.add(claim.path()));
        event.provenance().notes().forEach(note -> paths.add(note.path()));
        for (String path : paths) {
            assertFalse(path.matches("(programme\\.days\\[\\d+]\\.items|programme\\.unscheduled|organisations|people|roles"
                    + "|programme\\.tracks|venue\\.rooms|provenance\\.sources)\\[\\d+].*"), "by index, not by id: " + path);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyOrganisationHasASectorMarkedAsTheEncodersClassification(String name) {
        Event event = sample(name);
        assertFalse(event.organisations().isEmpty());
        for (int i = 0; i < event.organisations().size(); i++) {
            assertTrue(event.organisations().get(i).sector().isPresent(), event.organisations().get(i).id());
            assertEquals(Certainty.INFERRED,
                    event.provenance().certaintyOf("organisations[" + i + "].sector"));
        }
    }
}
