package org.disputatio.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The XSD describes exactly the properties the shapes declare, in the XML layout: a short scalar
 * is an attribute (required when the property is), anything else a child element in declared
 * order — a localized text repeated once per language, prose an element of text, an object an
 * element of its own type, a list one element per item under the property's element name.
 */
class XsdDescribesTheShapesTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final Map<String, Element> complexTypes = new HashMap<>();
    private final Map<String, Element> simpleTypes = new HashMap<>();
    private final Set<Shape<?>> checked = new HashSet<>();

    XsdDescribesTheShapesTest() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = EventXml.class.getResourceAsStream(EventXsd.RESOURCE)) {
            assertNotNull(in, EventXsd.RESOURCE);
            Document xsd = factory.newDocumentBuilder().parse(in);
            for (Element type : children(xsd.getDocumentElement(), "complexType")) {
                complexTypes.put(type.getAttribute("name"), type);
            }
            for (Element type : children(xsd.getDocumentElement(), "simpleType")) {
                simpleTypes.put(type.getAttribute("name"), type);
            }
        }
    }

    @Test
    void everyComplexTypeHasTheDeclaredAttributesAndElements() {
        object(Shapes.EVENT, type("d:event"), "<event>");
        assertEquals(new HashSet<>(Shapes.all()), checked, "the walk reached every shape");
    }

    private <T> void object(Shape<T> shape, Element type, String where) {
        List<String> attributes = new ArrayList<>();
        Set<String> required = new TreeSet<>();
        for (Element attribute : children(type, "attribute")) {
            attributes.add(attribute.getAttribute("name"));
            Property<T, ?> property = shape.property(attribute.getAttribute("name"));
            if (property != null && property.type() instanceof ValueType.Scalar
                    && !((ValueType.Scalar<?>) property.type()).codes().isEmpty()) {
                assertEquals(((ValueType.Scalar<?>) property.type()).codes(), enumeration(attribute.getAttribute("type")),
                        where + " @" + property.name() + ": the vocabulary's codes, in order");
            }
            if (attribute.getAttribute("use").equals("required")) {
                required.add(attribute.getAttribute("name"));
            }
        }
        List<Property<T, ?>> inAttributes = new ArrayList<>();
        List<Property<T, ?>> inElements = new ArrayList<>();
        for (Property<T, ?> property : shape.properties()) {
            (property.type() instanceof ValueType.Scalar && !property.isProse() ? inAttributes : inElements)
                    .add(property);
        }
        assertEquals(inAttributes.stream().map(Property::name).toList(), attributes, where + ": attributes, in order");
        assertEquals(new TreeSet<>(inAttributes.stream().filter(Property::isRequired).map(Property::name).toList()),
                required, where + ": required attributes");
        List<Element> elements = new ArrayList<>();
        for (Element sequence : children(type, "sequence")) {
            elements.addAll(children(sequence, "element"));
        }
        assertEquals(inElements.stream().map(Property::elementName).toList(),
                elements.stream().map(e -> e.getAttribute("name")).toList(), where + ": child elements, in order");
        if (!checked.add(shape)) {
            return;
        }
        for (int i = 0; i < inElements.size(); i++) {
            element(inElements.get(i), elements.get(i), where);
        }
    }

    private void element(Property<?, ?> property, Element element, String parent) {
        String where = parent + "/<" + property.elementName() + ">";
        boolean optional = element.getAttribute("minOccurs").equals("0");
        boolean repeated = element.getAttribute("maxOccurs").equals("unbounded");
        ValueType<?> type = property.type();
        String typeName = element.getAttribute("type");
        assertEquals(!property.isRequired(), optional, where + " is optional exactly when the property is");
        assertEquals(type.kind() == ValueType.Kind.TEXT || type.kind() == ValueType.Kind.LIST, repeated,
                where + " repeats exactly when it is a text (one per language) or a list");
        ValueType<?> single = type instanceof ValueType.ListOf ? ((ValueType.ListOf<?>) type).element() : type;
        switch (single.kind()) {
            case TEXT:
                assertEquals(type.kind() == ValueType.Kind.LIST ? "d:listedText" : "d:localizedText", typeName, where);
                break;
            case OBJECT:
                object(((ValueType.Nested<?>) single).shape(), type(typeName), where);
                break;
            default:
                assertTrue(!complexTypes.containsKey(typeName.replace("d:", "")), where + " holds text only");
        }
    }

    /** The values a named simple type enumerates, in order. */
    private List<String> enumeration(String qualifiedName) {
        Element type = simpleTypes.get(qualifiedName.replace("d:", ""));
        assertNotNull(type, "no simpleType " + qualifiedName);
        List<String> values = new ArrayList<>();
        for (Element restriction : children(type, "restriction")) {
            for (Element enumeration : children(restriction, "enumeration")) {
                values.add(enumeration.getAttribute("value"));
            }
        }
        return values;
    }

    private Element type(String qualifiedName) {
        assertTrue(qualifiedName.startsWith("d:"), qualifiedName);
        Element type = complexTypes.get(qualifiedName.substring(2));
        assertNotNull(type, "no complexType " + qualifiedName);
        return type;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element && XS.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName())) {
                found.add((Element) child);
            }
        }
        return found;
    }
}
