package org.disputatio.io.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Audience;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.Definition;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.ExternalId;
import org.disputatio.model.Involvement;
import org.disputatio.model.InvolvementKind;
import org.disputatio.model.Link;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PersonName;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.Proceedings;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Quote;
import org.disputatio.model.Role;
import org.disputatio.model.Room;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.disputatio.model.Term;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.TransportMode;
import org.disputatio.model.Venue;
import org.junit.jupiter.api.Test;

/** The declarations in {@link Shapes} cover the model, and an object taken apart and built through them is equal. */
class ShapesTest {

    @Test
    void everyPropertyOfEveryRecordIsDeclared() {
        for (Shape<?> shape : Shapes.all()) {
            List<Class<?>> types = shape.type().isInterface()
                    ? List.of(shape.type().getPermittedSubclasses()) : List.of(shape.type());
            Set<String> declared = new LinkedHashSet<>(shape.propertyNames());
            declared.remove("formatVersion"); // the document's, not the model's
            Set<String> union = new TreeSet<>();
            for (Class<?> type : types) {
                Set<String> accessors = accessors(type);
                union.addAll(accessors);
                assertTrue(declared.containsAll(accessors), type.getSimpleName() + " has properties its shape does not "
                        + "declare: " + minus(accessors, declared));
            }
            assertTrue(union.containsAll(declared), shape.noun() + " declares properties no " + shape.type()
                    .getSimpleName() + " has: " + minus(declared, union));
        }
    }

    /** The record components, or for a class its public no-argument getters that are not derived. */
    private static Set<String> accessors(Class<?> type) {
        Set<String> names = new TreeSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            if (type == Session.class || type == Panel.class) {
                names.add("kind"); // a panel's kind is its type
            }
            return names;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && !Set.of("toString", "hashCode", "toBuilder")
                            .contains(method.getName())) {
                names.add(method.getName());
            }
        }
        return names;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    @Test
    void anAgendaItemHoldsAgendaItemsThroughALazyReferenceAndTheWalksEndOnTheCycle() {
        ValueType<?> items = Shapes.AGENDA_ITEM.property("items").type();
        assertEquals(ValueType.Kind.LIST, items.kind());
        assertSame(Shapes.AGENDA_ITEM, ((ValueType.Nested<?>) ((ValueType.ListOf<?>) items).element()).shape());
        List<Shape<?>> reachable = Shapes.AGENDA_ITEM.reachable();
        assertSame(Shapes.AGENDA_ITEM, reachable.get(0));
        assertEquals(reachable.size(), new HashSet<>(reachable).size(), "each shape once: " + reachable);
        assertEquals(Shapes.all().size(), new HashSet<>(Shapes.all()).size(), "each shape once");
        assertTrue(Shapes.all().contains(Shapes.AGENDA_ITEM));
        assertEquals(ValueType.object(Shapes.ROOM), ValueType.object(() -> Shapes.ROOM), "equal when the shape is");
    }

    @Test
    void aLazyReferenceFollowedBeforeItsShapeIsDeclaredSaysSo() {
        ValueType<Room> early = ValueType.object(() -> null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ((ValueType.Nested<?>) early).shape());
        assertTrue(e.getMessage().contains("before it was declared"), e.getMessage());
    }

    @Test
    void anEventTakenApartAndBuiltThroughTheShapesIsEqual() {
        Event event = richEvent();
        assertEquals(event, copy(Shapes.EVENT, event));
    }

    @Test
    void theRichEventGivesEveryPropertyOfEveryShape() {
        Set<Property<?, ?>> seen = new HashSet<>();
        visit(Shapes.EVENT, richEvent(), seen);
        for (Shape<?> shape : Shapes.all()) {
            for (Property<?, ?> property : shape.properties()) {
                assertTrue(seen.contains(property), shape.noun() + " " + property.name() + " is never given: the copy "
                        + "test would not notice a wrong declaration of it");
            }
        }
    }

    @Test
    void aPanelKindBuildsAPanelAndOnlyAPanelHasALabel() {
        Values values = Shapes.AGENDA_ITEM.newValues();
        set(values, "id", "x");
        set(values, "kind", AgendaItemKind.PANEL);
        set(values, "label", "2");
        assertTrue(Shapes.AGENDA_ITEM.build(values) instanceof Panel);
        set(values, "kind", AgendaItemKind.KEYNOTE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shapes.AGENDA_ITEM.build(values));
        assertEquals("only a panel has a label, and this item's kind is keynote", e.getMessage());
    }

    @Test
    void missingNamesTheRequiredPropertiesNotFoundInDocumentOrder() {
        Values values = Shapes.EVENT.newValues();
        set(values, "kind", EventKind.CONFERENCE);
        assertEquals(List.of("formatVersion", "id", "startDate", "endDate"),
                Shapes.EVENT.missing(values).stream().map(Property::name).toList());
    }

    @Test
    void valuesRefuseAPropertyOfAnotherShape() {
        Values values = Shapes.ROOM.newValues();
        Property<?, ?> termCode = Shapes.TERM.property("code");
        assertThrows(IllegalArgumentException.class, () -> values.has(termCode));
    }

    @Test
    void aPoolGivesEmptyValuesReusedPerDepthAndShape() {
        ValuesPool pool = new ValuesPool();
        Values first = pool.at(3, Shapes.ROOM);
        set(first, "id", "hall");
        Values again = pool.at(3, Shapes.ROOM);
        assertTrue(first == again && !again.has(Shapes.ROOM.property("id")), "the same values, cleared");
        assertTrue(pool.at(3, Shapes.TERM).shape() == Shapes.TERM);
        assertTrue(pool.at(40, Shapes.ROOM) != pool.at(3, Shapes.ROOM));
    }

    @Test
    void aPropertyBelongsToOneShape() {
        Property<Room, String> id = Property.of("id", Scalars.STRING, Room::id);
        Shape.of(Room.class, "a room", v -> null, id);
        assertThrows(IllegalStateException.class, () -> Shape.of(Room.class, "a room", v -> null, id));
    }

    /** The sample in core/README, which declares a shape as {@link Shapes} does. */
    private static Shape<Room> readmeSample() {
        // README:start
        Property<Room, String> id = Property.of("id", Scalars.STRING, Room::id).required();
        Property<Room, LocalizedText> name = Property.of("name", ValueType.TEXT, Room::name);
        Shape<Room> room = Shape.of(Room.class, "a room", v -> new Room(v.get(id), v.get(name)), id, name);
        // README:end
        return room;
    }

    @Test
    void theReadmeSampleDeclaresTheRoomShapeOfShapes() throws java.io.IOException {
        Shape<Room> room = readmeSample();
        assertEquals(Shapes.ROOM.propertyNames(), room.propertyNames());
        Room hall = new Room("hall", LocalizedText.of("en", "Hall"));
        assertEquals(hall, copy(room, hall));
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/java/org/disputatio/io/shape/ShapesTest.java"));
        String snippet = source.substring(source.indexOf("// README:start\n") + "// README:start\n".length(),
                source.indexOf("        // README:end"));
        String dedented = snippet.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        assertTrue(readme.contains("```java\n" + dedented + "```"), () -> "core/README.md must quote the sample "
                + "verbatim:\n" + dedented);
    }

    @Test
    void scalarsSayWhatTheyExpected() {
        assertEquals("expected a date such as 2017-04-06, got \"6 avril\"",
                assertThrows(IllegalArgumentException.class, () -> Scalars.DATE.parse("6 avril")).getMessage());
        assertEquals("integer out of range, got \"99999999999\"",
                assertThrows(IllegalArgumentException.class, () -> Scalars.INTEGER.parse("99999999999")).getMessage());
        assertEquals("expected an integer, got \"+1\"",
                assertThrows(IllegalArgumentException.class, () -> Scalars.INTEGER.parse("+1")).getMessage());
        assertEquals("unsupported formatVersion 2; this reader reads version 1",
                assertThrows(IllegalArgumentException.class, () -> Scalars.FORMAT_VERSION_NUMBER.parse("2"))
                        .getMessage());
        assertEquals("+01:00 is not an IANA time zone id such as Europe/Paris: the formats take time zones, not "
                + "offsets", assertThrows(IllegalArgumentException.class,
                        () -> Scalars.ZONE.format(ZoneId.of("+01:00"))).getMessage());
        assertEquals("\"Keynote\" is not a code: codes are in lower case with hyphens, such as keynote-speaker",
                assertThrows(IllegalArgumentException.class, () -> Scalars.CODE.format("Keynote")).getMessage());
        assertEquals(DayOfWeek.THURSDAY, Scalars.WEEKDAY.parse("thursday"));
        assertEquals("thursday", Scalars.WEEKDAY.format(DayOfWeek.THURSDAY));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(Values values, String name, Object value) {
        values.set((Property) values.shape().property(name), value);
    }

    /** Takes the object apart through its shape, as a writer does, and builds it again, as a reader does. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T copy(Shape<T> shape, T object) {
        Values values = shape.newValues();
        for (Property<T, ?> property : shape.properties()) {
            Object value = property.valueIn(object);
            if (value != null) {
                values.set((Property) property, copyValue(property.type(), value));
            }
        }
        return shape.build(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object copyValue(ValueType<?> type, Object value) {
        switch (type.kind()) {
            case SCALAR: {
                ValueType.Scalar scalar = (ValueType.Scalar) type;
                return scalar.parse(scalar.format(value));
            }
            case TEXT: return LocalizedText.from(((LocalizedText) value).asMap());
            case OBJECT: return copy(((ValueType.Nested) type).shape(), value);
            default: {
                List<Object> copies = new ArrayList<>();
                for (Object element : (List<?>) value) {
                    copies.add(copyValue(((ValueType.ListOf<?>) type).element(), element));
                }
                return copies;
            }
        }
    }

    private static <T> void visit(Shape<T> shape, T object, Set<Property<?, ?>> seen) {
        for (Property<T, ?> property : shape.properties()) {
            Object value = property.valueIn(object);
            if (value != null) {
                seen.add(property);
                visitValue(property.type(), value, seen);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void visitValue(ValueType<?> type, Object value, Set<Property<?, ?>> seen) {
        if (type instanceof ValueType.Nested) {
            visit(((ValueType.Nested) type).shape(), value, seen);
        } else if (type instanceof ValueType.ListOf) {
            for (Object element : (List<?>) value) {
                visitValue(((ValueType.ListOf<?>) type).element(), element, seen);
            }
        }
    }

    /** An event that gives every property of every shape at least once. */
    static Event richEvent() {
        LocalizedText text = LocalizedText.of("fr", "Texte", "en", "Text");
        LocalDate day = LocalDate.of(2017, 4, 6);
        ExternalId wikidata = new ExternalId("wikidata", "Q42");
        return Event.builder("e").kind(EventKind.CONFERENCE).title(text).subtitle(text).description(text)
                .languages("fr", "en").dates(day, day).timeZone(ZoneId.of("Europe/Paris"))
                .venue(new Venue(text, Optional.of(PostalAddress.of("1 rue", "75007", "Paris", "7e", "FR")),
                        List.of(new TransportAccess(TransportMode.METRO, "6", Optional.of("Cambronne"))),
                        List.of(text), List.of(new Room("room-1", text))))
                .involvements(List.of(new Involvement("unesco", InvolvementKind.HOST)))
                .organisations(List.of(new Organisation("unesco", text, Optional.of("UNESCO"),
                        Optional.of(Sector.INTERNATIONAL_ORGANISATION), Optional.of("FR"), List.of(wikidata),
                        Optional.of("unesco"), Optional.of("Paris"))))
                .people(List.of(new Speaker("p", Optional.of("Dr"), PersonName.withParts("LOVELACE Ada", "Ada",
                        "LOVELACE", NameOrder.FAMILY_FIRST, Certainty.INFERRED), List.of(new Affiliation(Optional.of("unesco"), text, text,
                                Optional.of(Sector.ACADEMIA), Optional.of("GB"))), Optional.of("GB"),
                        List.of(wikidata))))
                .roles(List.of(new Role("moderator", text, text)))
                .eventKinds(List.of(new Definition("hackathon", text, text)))
                .itemKinds(List.of(new Definition("poster-session", text, text)))
                .sectors(List.of(new Definition("trade-union", text, text)))
                .programme(new Programme(List.of(new ProgrammeDay(day, Optional.of(DayOfWeek.THURSDAY), text,
                        List.of(Panel.builder("panel-1").label("1").start(LocalTime.of(9, 0)).end(LocalTime.of(10, 0))
                                        .track("track-a").room("room-1")
                                        .condition(org.disputatio.model.ItemCondition.CHATHAM_HOUSE_RULE)
                                        .title(text).description(text).participant(new Participation("p", "moderator", text, text))
                                        .item(Session.builder("keynote-1", AgendaItemKind.KEYNOTE).start(LocalTime.of(9, 0))
                                                .end(LocalTime.of(9, 20)).heading(text).title(text).build())
                                        .build(),
                                Session.builder("opening", AgendaItemKind.OPENING).start(LocalTime.of(8, 30))
                                        .build()))),
                        List.of(Session.builder("keynote-tbc", AgendaItemKind.KEYNOTE).title(text)
                                .participant(new Participation("p", "keynote-speaker")).build()),
                        List.of(new org.disputatio.model.Track("track-a", text))))
                .links(List.of(new Link(URI.create("https://example.org"), text, text, text, List.of("fr"),
                        Optional.of(2))))
                .audience(new Audience(List.of(text), text))
                .proceedings(new Proceedings(List.of(text), List.of(new Term("sovereignty", text)),
                        List.of(new Term("legal", text)), List.of(new Quote(text, Optional.of("p"), text)),
                        List.of(text)))
                .provenance(new Provenance(List.of(new SourceDocument("programme", text, Optional.of("p. 1"),
                        List.of("fr"))), List.of(new Claim("title", Optional.of("programme"), Certainty.STATED,
                                "printed")), List.of(new EditorialNote("title", Optional.of("programme"),
                                        NoteKind.SOURCE_ERROR, Optional.of("Ouvreture"), "typo"))))
                .build();
    }
}
