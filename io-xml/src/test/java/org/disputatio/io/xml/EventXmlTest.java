package org.disputatio.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventXmlTest {

    private final EventXml xml = EventXml.defaults();
    private final Event unesco = Samples.get("unesco-2017").orElseThrow();
    private final Event saintCyr = Samples.get("saint-cyr-2014").orElseThrow();

    private static final String HEAD = "<?xml version=\"1.0\"?>\n<event xmlns=\"https://disputatio.org/ns/event/1\" "
            + "formatVersion=\"1\" id=\"e\" kind=\"seminar\" startDate=\"2017-04-06\" endDate=\"2017-04-06\">\n";

    @Nested
    class Sources {
        @Test
        void readsFromEveryKindOfSource(@TempDir Path dir) throws IOException {
            String text = xml.write(unesco);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve("unesco.xml");
            Files.write(file, bytes);
            assertEquals(unesco, xml.read(text));
            assertEquals(unesco, xml.read(bytes));
            assertEquals(unesco, xml.read(new ByteArrayInputStream(bytes)));
            assertEquals(unesco, xml.read(new StringReader(text)));
            assertEquals(unesco, xml.read(file));
        }

        @Test
        void writesToEveryKindOfTarget(@TempDir Path dir) {
            String expected = xml.write(saintCyr);
            var out = new java.io.ByteArrayOutputStream();
            xml.write(saintCyr, out);
            assertEquals(expected, out.toString(StandardCharsets.UTF_8));
            Path file = dir.resolve("out.xml");
            xml.write(saintCyr, file);
            assertEquals(saintCyr, xml.read(file));
        }

        @Test
        void compactOutputHasNoIndentation() {
            String text = xml.compact().write(unesco);
            assertEquals(1, text.lines().count(), "the declaration and the document on one line");
            assertEquals(unesco, xml.read(text));
        }
    }

    @Nested
    class Errors {
        @Test
        void sayWhatAndWhere() {
            String text = xml.write(saintCyr).replace("<title xml:lang=\"en\">", "<title lang=\"en\">");
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(text));
            assertEquals("unknown attribute lang on <title> (expected: xml:lang)", error.reason());
            assertEquals("/event/title[1]", error.path());
            assertEquals(3, error.line());
        }

        @Test
        void refuseALangAttributeInAForeignNamespace() {
            String text = HEAD + "<title xmlns:x=\"urn:x\" x:lang=\"en\">Foreign</title>\n</event>";
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(text));
            assertEquals("unknown attribute {urn:x}lang on <title> (expected: xml:lang)", error.reason());
        }

        @Test
        void refuseMixedContent() {
            EventReadException inTitle = assertThrows(EventReadException.class, () -> xml.read(
                    HEAD + "<title xml:lang=\"fr\">Réponse <b>aux</b> attaques</title>\n</event>"));
            assertEquals("<title> holds text only, but contains element "
                    + "<{https://disputatio.org/ns/event/1}b> (mixed content)", inTitle.reason());
            EventReadException inEvent = assertThrows(EventReadException.class,
                    () -> xml.read(HEAD + "stray text\n</event>"));
            assertEquals("text is not allowed in <event>, which holds elements only (mixed content)", inEvent.reason());
        }

        @Test
        void pointIntoNestedElements() {
            String text = xml.write(unesco).replaceFirst("start=\"10:00\"", "start=\"10h00\"");
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(text));
            assertEquals("attribute start: expected a time such as 09:30, got \"10h00\"", error.reason());
            assertEquals("/event/programme[1]/day[1]/item[2]", error.path());
        }

        @Test
        void nameTheAttributeAValueIsWrongIn() {
            String doc = "<event xmlns=\"https://disputatio.org/ns/event/1\" formatVersion=\"1\" id=\"e\" kind=\"seminar\" "
                    + "startDate=\"2017-04-06\" endDate=\"2017-04-06\">";
            EventReadException error = assertThrows(EventReadException.class,
                    () -> xml.read(doc + "<organisation id=\"o\" sector=\"Civil society\"/></event>"));
            assertTrue(error.reason().startsWith("attribute sector: expected a code in lower case with hyphens"),
                    error::reason);
            assertEquals("/event/organisation[1]", error.path());
            error = assertThrows(EventReadException.class, () -> xml.read(doc.replace("formatVersion=\"1\"",
                    "formatVersion=\"2\"") + "</event>"));
            assertEquals("attribute formatVersion: unsupported formatVersion 2; this reader reads version 1",
                    error.reason());
        }

        @Test
        void nameTheObjectThatLacksARequiredElementOrHoldsWhatItsKindCannot() {
            String doc = "<event xmlns=\"https://disputatio.org/ns/event/1\" formatVersion=\"1\" id=\"e\" kind=\"seminar\" "
                    + "startDate=\"2017-04-06\" endDate=\"2017-04-06\">";
            EventReadException error = assertThrows(EventReadException.class,
                    () -> xml.read(doc + "<person id=\"p\"/></event>"));
            assertEquals("missing required element <name> in <person id=\"p\">", error.reason());
            assertEquals("/event/person[1]", error.path());
            error = assertThrows(EventReadException.class, () -> xml.read(doc + "<programme><day date=\"2017-04-06\">"
                    + "<item id=\"a\" kind=\"keynote\" label=\"1\"/></day></programme></event>"));
            assertEquals("only a panel has a label, and this item's kind is keynote", error.reason());
            assertEquals("/event/programme[1]/day[1]/item[1]", error.path());
        }

        @Test
        void nameMissingAttributes() {
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(
                    "<event xmlns=\"https://disputatio.org/ns/event/1\" formatVersion=\"1\" id=\"e\" kind=\"seminar\" "
                            + "endDate=\"2017-04-06\"/>"));
            assertEquals("missing required attribute startDate on <event>", error.reason());
        }

        @Test
        void nameEveryMissingAttributeOfAnElementAtOnce() {
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(
                    "<event xmlns=\"https://disputatio.org/ns/event/1\" id=\"e\"/>"));
            assertEquals("missing required attributes formatVersion, kind, startDate and endDate on <event>",
                    error.reason());
            error = assertThrows(EventReadException.class, () -> xml.read(
                    "<event xmlns=\"https://disputatio.org/ns/event/1\" formatVersion=\"1\" id=\"e\" kind=\"seminar\" "
                            + "startDate=\"2017-04-06\" endDate=\"2017-04-06\"><person id=\"p\"><name/></person></event>"));
            assertEquals("missing required attribute printed on <name>", error.reason());
        }

        @Test
        void refuseANameWithoutItsPrintedFormWithLineAndColumn() {
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(HEAD
                    + "<person id=\"p\">\n  <name given=\"Ada\" family=\"LOVELACE\"/>\n</person></event>"));
            assertEquals("missing required attribute printed on <name>", error.reason());
            assertEquals(4, error.line());
            assertEquals(3, error.column(), "where <name> starts");
            assertEquals("/event/person[1]/name[1]", error.path());
        }

        @Test
        void refusePartsOnANameWithoutParts() {
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(HEAD
                    + "<person id=\"p\"><name printed=\"Sukarno\" parts=\"inferred\"/></person></event>"));
            assertTrue(error.reason().contains("this name gives neither"), error.reason());
            assertEquals("/event/person[1]/name[1]", error.path());
        }

        @Test
        void refuseTheWrongNamespace() {
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(
                    "<event formatVersion=\"1\" id=\"e\" kind=\"seminar\" startDate=\"2017-04-06\" endDate=\"2017-04-06\"/>"));
            assertEquals("expected the root element {https://disputatio.org/ns/event/1}event, got <event>", error.reason());
        }

        @Test
        void reportMalformedXmlWithItsLocation() {
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(HEAD + "<title"));
            assertTrue(error.reason().startsWith("malformed XML: "), error.reason());
            assertEquals(3, error.line());
        }

        @Test
        void refuseASecondElementTheFormatHasOnce() {
            String golden = xml.write(unesco);
            EventReadException venue = assertThrows(EventReadException.class, () -> xml.read(golden.replaceFirst(
                    "  <organisation id=\"unesco\"", "  <venue/>\n  <organisation id=\"unesco\"")));
            assertEquals("<venue> given twice in <event>", venue.reason());
            assertEquals("/event/venue[2]", venue.path());
            EventReadException name = assertThrows(EventReadException.class, () -> xml.read(golden.replaceFirst(
                    "(<name printed=\"Frank LARUE\" given=\"Frank\" family=\"LARUE\"/>)",
                    "$1<name printed=\"LA RUE Frank\" family=\"LA RUE\" order=\"family-first\"/>")));
            assertEquals("<name> given twice in <person>", name.reason());
            assertEquals("/event/person[1]/name[2]", name.path());
            EventReadException rationale = assertThrows(EventReadException.class, () -> xml.read(golden.replaceFirst(
                    "(<rationale>Not printed; Paris is in France.</rationale>)", "$1<rationale>Or is it?</rationale>")));
            assertEquals("<rationale> given twice in <claim>", rationale.reason());
        }

        @Test
        void nameTheFile(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("broken.xml");
            Files.writeString(file, HEAD);
            EventReadException error = assertThrows(EventReadException.class, () -> xml.read(file));
            assertTrue(error.getMessage().startsWith(file + ":"), error.getMessage());
        }

        @Test
        void skipUnknownContentOnlyWhenAsked() {
            String text = xml.write(saintCyr).replace("<language>en</language>",
                    "<language>en</language><future a=\"1\"><deeper/>text</future>");
            assertThrows(EventReadException.class, () -> xml.read(text));
            assertEquals(saintCyr, EventXml.with(ReadSettings.defaults().withUnknownPropertiesAllowed(true)).read(text));
        }
    }

    @Nested
    class Writing {
        @Test
        void refusesWhatWouldNotReadBack() {
            var error = assertThrows(IllegalArgumentException.class, () -> xml.write(saintCyr.toBuilder().id(null).build()));
            assertEquals("cannot write id: the value is missing and the XML format requires it", error.getMessage());
        }

        @Test
        void writesNamesAsPrintedWithoutTheDefaultsAndReadsThemBack() {
            var people = java.util.List.of(
                    org.disputatio.model.Speaker.builder("sukarno").name("Sukarno").build(),
                    org.disputatio.model.Speaker.builder("qi").name("Qi XIAOXIA", "XIAOXIA", "Qi",
                            org.disputatio.model.NameOrder.FAMILY_FIRST, org.disputatio.model.Certainty.INFERRED).build(),
                    org.disputatio.model.Speaker.builder("larue").name("Frank", "LARUE").build());
            Event event = saintCyr.toBuilder().people(people).build();
            String written = xml.write(event);
            assertTrue(written.contains("<name printed=\"Sukarno\"/>"), written);
            assertTrue(written.contains("<name printed=\"Qi XIAOXIA\" given=\"XIAOXIA\" family=\"Qi\" "
                    + "order=\"family-first\" parts=\"inferred\"/>"), written);
            assertTrue(written.contains("<name printed=\"Frank LARUE\" given=\"Frank\" family=\"LARUE\"/>"), written);
            assertEquals(event, xml.read(written));
        }

        @Test
        void aRefusalNamesThePropertyPathAsTheJsonWriterDoes() {
            var person = new org.disputatio.model.Speaker("p", java.util.Optional.empty(),
                    new org.disputatio.model.PersonName(java.util.Optional.empty(), "Lovelace",
                            org.disputatio.model.NameOrder.GIVEN_FIRST), java.util.List.of(), java.util.Optional.empty(),
                    java.util.List.of(new org.disputatio.model.ExternalId("Wiki Data", "Q7259")));
            var error = assertThrows(org.disputatio.io.EventWriteException.class,
                    () -> xml.write(saintCyr.toBuilder().people(java.util.List.of(person)).build()));
            assertEquals("people[0].externalIds[0].scheme", error.path());
            error = assertThrows(org.disputatio.io.EventWriteException.class,
                    () -> xml.write(saintCyr.toBuilder().languages("fr", "e\u0000n").build()));
            assertEquals("cannot write languages[1]: the text contains U+0000, a character no format of Disputatio can "
                    + "hold", error.getMessage());
            var nameless = new org.disputatio.model.Speaker("p", java.util.Optional.empty(), null, java.util.List.of(),
                    java.util.Optional.empty(), java.util.List.of());
            error = assertThrows(org.disputatio.io.EventWriteException.class,
                    () -> xml.write(saintCyr.toBuilder().people(java.util.List.of(nameless)).build()));
            assertEquals("people[0].name", error.path());
        }

        @Test
        void writesAContributionAsElementsOfTheParticipant() {
            var item = unesco.programme().days().get(0).items().get(1);
            var participant = item.participants().get(0).withTitle(org.disputatio.model.LocalizedText.of("en", "Norms"));
            var event = unesco.withProgramme(new org.disputatio.model.Programme(java.util.List.of(
                    new org.disputatio.model.ProgrammeDay(unesco.startDate(), java.util.Optional.empty(),
                            org.disputatio.model.LocalizedText.empty(), java.util.List.of(
                                    org.disputatio.model.Session.builder("s", org.disputatio.model.AgendaItemKind.KEYNOTE)
                                            .participant(participant).build())))));
            String text = xml.write(event);
            assertTrue(text.contains("<participant person=\"" + participant.person() + "\" role=\"" + participant.role()
                    + "\">\n          <title xml:lang=\"en\">Norms</title>\n        </participant>"), text);
            assertEquals(event, xml.read(text));
        }

        @Test
        void escapesMarkupInText() {
            Event tricky = saintCyr.withTitle(org.disputatio.model.LocalizedText.of("en", "<b>&amp; \"quotes\" ]]>"));
            String text = xml.write(tricky);
            assertFalse(text.contains("<b>"));
            assertEquals(tricky, xml.read(text));
        }
    }
}
