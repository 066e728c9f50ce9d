package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.io.shape.Property;
import org.disputatio.io.shape.Shape;
import org.disputatio.io.shape.Shapes;
import org.disputatio.io.shape.ValueType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema describes exactly the properties the shapes declare: for every object, the
 * same property names in the same order, the same required ones, no others allowed, and each
 * value of the declared kind (integer or string scalar, localized text, object, array).
 */
class SchemaDescribesTheShapesTest {

    private final JsonNode schema = load();
    private final Set<Shape<?>> checked = new HashSet<>();

    private static JsonNode load() {
        try (InputStream in = EventJson.class.getResourceAsStream("/org/disputatio/io/json/event.schema.json")) {
            assertNotNull(in, "event.schema.json is not on the class path next to EventJson");
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyObjectOfTheSchemaHasTheDeclaredProperties() {
        object(Shapes.EVENT, resolve(schema), "");
        assertEquals(new HashSet<>(Shapes.all()), checked, "the walk reached every shape");
    }

    private <T> void object(Shape<T> shape, JsonNode definition, String path) {
        String where = path.isEmpty() ? "the event" : path;
        assertEquals("object", definition.path("type").asString(), where + " is an object");
        assertTrue(definition.path("additionalProperties").isBoolean()
                && !definition.path("additionalProperties").asBoolean(), where + " allows no other properties");
        List<String> names = new ArrayList<>(definition.path("properties").propertyNames());
        assertEquals(shape.propertyNames(), names, where + ": the schema's properties, in order");
        Set<String> required = new TreeSet<>();
        definition.path("required").forEach(name -> required.add(name.asString()));
        Set<String> declaredRequired = new TreeSet<>();
        shape.properties().stream().filter(Property::isRequired).forEach(p -> declaredRequired.add(p.name()));
        assertEquals(declaredRequired, required, where + ": required properties");
        if (!checked.add(shape)) {
            return; // its properties' types were checked where it was first met
        }
        for (Property<T, ?> property : shape.properties()) {
            String at = path.isEmpty() ? property.name() : path + "." + property.name();
            value(property.type(), resolve(definition.path("properties").path(property.name())), at);
        }
    }

    private void value(ValueType<?> type, JsonNode definition, String path) {
        switch (type.kind()) {
            case SCALAR:
                if (((ValueType.Scalar<?>) type).isNumber()) {
                    assertEquals("integer", definition.path("type").asString(), path + " is an integer");
                } else if (!((ValueType.Scalar<?>) type).codes().isEmpty()) {
                    List<String> codes = new ArrayList<>();
                    definition.path("enum").forEach(code -> codes.add(code.asString()));
                    assertEquals(((ValueType.Scalar<?>) type).codes(), codes, path + ": the vocabulary's codes, in order");
                } else {
                    assertEquals("string", definition.path("type").asString(), path + " is a string");
                }
                break;
            case TEXT:
                assertEquals("object", definition.path("type").asString(), path + " is a localized text");
                assertEquals("string", definition.path("additionalProperties").path("type").asString(),
                        path + " maps language tags to strings");
                assertTrue(definition.has("propertyNames"), path + " constrains its language tags");
                break;
            case OBJECT:
                object(((ValueType.Nested<?>) type).shape(), definition, path);
                break;
            default:
                assertEquals("array", definition.path("type").asString(), path + " is an array");
                value(((ValueType.ListOf<?>) type).element(), resolve(definition.path("items")), path + "[]");
        }
    }

    /** The definition a node refers to ({@code "$ref": "#/$defs/x"}, followed as often as it takes), or the node. */
    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.path("$ref").asString();
            assertTrue(ref.startsWith("#/"), ref);
            node = schema.at(ref.substring(1));
            assertTrue(!node.isMissingNode(), ref + " resolves");
        }
        return node;
    }
}
