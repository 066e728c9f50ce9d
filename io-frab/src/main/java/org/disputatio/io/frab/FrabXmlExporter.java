package org.disputatio.io.frab;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.disputatio.io.EventExporter;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.io.frab.internal.Schedule;
import org.disputatio.model.Event;
import org.disputatio.model.Track;

/**
 * Exports an event as a c3voc/frab {@code schedule.xml}, the schedule that conference apps
 * (Giggity, EventFahrplan) and the c3voc tools read: conference, then days, then rooms, then
 * events with their persons. One frab event per timed agenda item, in one language; what the
 * format cannot carry is in the returned {@link ExportReport}. The module's README lists every
 * choice (GUIDs, rooms, ends, nested items). Immutable and thread-safe.
 */
public final class FrabXmlExporter implements EventExporter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The JDK's StAX writers, configured once: a factory is not made per export. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    /** Creates the exporter. */
    public FrabXmlExporter() {
    }

    /**
     * The format's name.
     *
     * @return {@code frab XML}
     */
    @Override
    public String name() {
        return "frab XML";
    }

    /**
     * The file name ending.
     *
     * @return {@code [frab.xml]}
     */
    @Override
    public List<String> fileExtensions() {
        return List.of("frab.xml");
    }

    @Override
    public ExportReport export(Event event, OutputStream out, ExportSettings settings) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(settings, "settings");
        Schedule schedule = Schedule.of(event, settings, true);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            write(schedule, new Indenting(xml));
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : EventWriteException.at("", "the XML writer failed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportReport(name(), schedule.losses());
    }

    private static void write(Schedule schedule, Indenting xml) throws XMLStreamException {
        Event event = schedule.event();
        xml.raw().writeStartDocument("UTF-8", "1.0");
        xml.start("schedule");
        xml.start("generator");
        xml.raw().writeAttribute("name", "disputatio");
        xml.end();
        xml.element("version", "1");
        xml.start("conference");
        xml.element("acronym", schedule.acronym());
        xml.element("title", schedule.title());
        if (event.startDate() != null) {
            xml.element("start", event.startDate().toString());
        }
        if (event.endDate() != null) {
            xml.element("end", event.endDate().toString());
        }
        xml.element("days", Integer.toString(schedule.days().size()));
        if (event.timeZone().isPresent()) {
            xml.element("time_zone_name", event.timeZone().get().getId());
        }
        for (Track track : event.programme().tracks()) {
            String name = schedule.items().stream().filter(i -> i.trackId().equals(java.util.Optional.of(track.id())))
                    .map(Schedule.Item::trackName).findFirst().orElse(null);
            if (name != null) {
                xml.start("track");
                xml.raw().writeAttribute("name", name);
                xml.end();
            }
        }
        xml.end();
        for (Schedule.Day day : schedule.days()) {
            xml.start("day");
            xml.raw().writeAttribute("index", Integer.toString(day.index()));
            xml.raw().writeAttribute("date", day.date().toString());
            xml.raw().writeAttribute("start", Schedule.dateTime(day.start()));
            xml.raw().writeAttribute("end", Schedule.dateTime(day.end()));
            for (Map.Entry<String, List<Schedule.Item>> room : day.rooms().entrySet()) {
                xml.start("room");
                xml.raw().writeAttribute("name", room.getKey());
                xml.raw().writeAttribute("guid", room.getValue().get(0).roomGuid().toString());
                for (Schedule.Item item : room.getValue()) {
                    event(item, xml);
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
        xml.raw().writeEndDocument();
    }

    private static void event(Schedule.Item item, Indenting xml) throws XMLStreamException {
        xml.start("event");
        xml.raw().writeAttribute("guid", item.guid().toString());
        xml.raw().writeAttribute("id", Integer.toString(item.number()));
        xml.element("room", item.room());
        xml.element("title", item.title());
        if (!item.subtitle().isEmpty()) {
            xml.element("subtitle", item.subtitle());
        }
        xml.element("type", item.kind());
        xml.element("date", Schedule.dateTime(item.start()));
        xml.element("start", TIME.format(item.start()));
        xml.element("duration", item.duration());
        xml.element("abstract", item.abstractText());
        xml.element("track", item.trackName());
        xml.element("language", item.language());
        if (!item.persons().isEmpty()) {
            xml.start("persons");
            for (Schedule.Person person : item.persons()) {
                xml.start("person");
                xml.raw().writeAttribute("guid", person.guid().toString());
                xml.text(person.name());
                xml.end();
            }
            xml.end();
        }
        if (!item.description().isEmpty()) {
            xml.element("description", item.description());
        }
        xml.end();
    }

    /** Writes elements on lines of their own, indented by two spaces per level. */
    private static final class Indenting {
        private final XMLStreamWriter xml;
        private int depth;
        private boolean text;

        Indenting(XMLStreamWriter xml) {
            this.xml = xml;
        }

        XMLStreamWriter raw() {
            return xml;
        }

        void start(String name) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            depth++;
            text = true;
        }

        void text(String value) throws XMLStreamException {
            xml.writeCharacters(value);
            text = true;
        }

        void end() throws XMLStreamException {
            depth--;
            if (!text) {
                xml.writeCharacters("\n" + "  ".repeat(depth));
            }
            xml.writeEndElement();
            text = false;
        }

        void element(String name, String value) throws XMLStreamException {
            start(name);
            text(value);
            end();
        }
    }
}
