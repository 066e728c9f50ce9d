package org.disputatio.io.frab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventExporter;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Panel;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Room;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.disputatio.model.Track;
import org.disputatio.model.Venue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test support: exports to text, parsed documents, the c3voc schemas, small events. */
final class Frab {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Frab() {
    }

    /** An export's text and report. */
    record Export(String text, ExportReport report) {
        Document xml() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
            }
        }

        JsonNode json() {
            return MAPPER.readTree(text);
        }
    }

    static Export export(EventExporter exporter, Event event, ExportSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = exporter.export(event, out, settings);
        return new Export(out.toString(StandardCharsets.UTF_8), report);
    }

    static Export xml(Event event) {
        return export(new FrabXmlExporter(), event, ExportSettings.defaults());
    }

    static Export xml(Event event, String language) {
        return export(new FrabXmlExporter(), event, ExportSettings.defaults().withLanguage(language));
    }

    static Export json(Event event) {
        return export(new FrabJsonExporter(), event, ExportSettings.defaults());
    }

    static Export json(Event event, String language) {
        return export(new FrabJsonExporter(), event, ExportSettings.defaults().withLanguage(language));
    }

    static Event sample(String name) {
        return Samples.get(name).orElseThrow();
    }

    /** The child elements of an element with this name, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** Every element with this name, in document order. */
    static List<Element> all(Document document, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The text of the one child element with this name. */
    static String child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " <" + name + "> in <" + parent.getTagName() + ">");
        }
        return found.get(0).getTextContent();
    }

    /** The frab event of an item, found by its title. */
    static Element event(Document document, String title) {
        return all(document, "event").stream().filter(e -> child(e, "title").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no event titled " + title));
    }

    /**
     * The folder of the c3voc schemas: {@code ../shared/schemas/c3voc} beside the project root (the
     * nearest folder up from here that holds the root pom and this module). Skips the calling
     * test, saying why, where it is absent.
     */
    static Path c3vocSchemas() {
        Optional<Path> found = schemaFolder();
        assumeTrue(found.isPresent(), "skipped: the c3voc schemas are not at ../shared/schemas/c3voc beside the "
                + "project root (third-party files under EUPL-1.2, never copied into the project; CI has them)");
        return found.get();
    }

    static Optional<Path> schemaFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("io-frab"))) {
                Path schemas = dir.resolveSibling("shared").resolve("schemas").resolve("c3voc");
                return Files.isDirectory(schemas) ? Optional.of(schemas) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static final LocalDate DAY = LocalDate.of(2030, 3, 14);

    /**
     * A small event with what the samples lack: an item in two rooms, a track, a moderator who
     * also speaks, a short id, a nested timed child under an untimed parent, an item past
     * midnight.
     */
    static Event edge() {
        Speaker ada = Speaker.builder("ada").name("Ada", "Lovelace").honorific("Dr").build();
        Speaker alan = Speaker.builder("alan").name("Alan Turing").build();
        Session talk = Session.builder("talk", AgendaItemKind.KEYNOTE).start(LocalTime.of(9, 0))
                .end(LocalTime.of(9, 45)).title(LocalizedText.of("en", "Engines")).room("hall").room("annex")
                .track("t").participant("ada", Roles.KEYNOTE_SPEAKER).build();
        Panel panel = Panel.builder("p").label("A").start(LocalTime.of(10, 0)).end(LocalTime.of(11, 0))
                .title(LocalizedText.of("en", "Machines")).room("annex")
                .participant("ada", Roles.MODERATOR).participant("ada", Roles.PANELLIST)
                .participant("alan", Roles.PANELLIST).build();
        Session untimedParent = Session.builder("block", AgendaItemKind.OTHER).title(LocalizedText.of("en", "Block"))
                .room("hall").item(Session.builder("child", AgendaItemKind.WORKSHOP).start(LocalTime.of(23, 0))
                        .end(LocalTime.of(1, 0)).title(LocalizedText.of("en", "Night shift")).build())
                .build();
        return Event.builder("cw")
                .title(LocalizedText.of("en", "Compute Week"))
                .languages("en")
                .dates(DAY, DAY)
                .timeZone(ZoneId.of("Etc/GMT+3"))
                .venue(Venue.named(LocalizedText.of("en", "Pavilion"))
                        .withRooms(List.of(new Room("hall", LocalizedText.of("en", "Hall")),
                                new Room("annex", LocalizedText.empty()))))
                .person(ada).person(alan)
                .programme(new Programme(List.of(ProgrammeDay.of(DAY, talk, panel, untimedParent)), List.of(),
                        List.of(new Track("t", LocalizedText.of("en", "T")))))
                .build();
    }
}
