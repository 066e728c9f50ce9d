package org.disputatio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The factory names core/README promises for vocabularies, checked on every model type. */
class ModelConventionsTest {

    private static final List<Class<?>> VOCABULARIES = List.of(AgendaItemKind.class, Certainty.class, EventKind.class,
            InvolvementKind.class, ItemCondition.class, NameOrder.class, NoteKind.class, Sector.class, TransportMode.class);

    @Test
    void closedVocabulariesReadCodesWithFromCodeAndOpenOnesWithOf() throws NoSuchMethodException {
        List<String> wrong = new ArrayList<>();
        for (Class<?> vocabulary : VOCABULARIES) {
            boolean closed = vocabulary.isEnum();
            String expected = closed ? "fromCode" : "of";
            String other = closed ? "of" : "fromCode";
            Method factory = vocabulary.getMethod(expected, String.class);
            if (!Modifier.isStatic(factory.getModifiers()) || factory.getReturnType() != vocabulary) {
                wrong.add(vocabulary.getSimpleName() + "." + expected + " is not a static factory");
            }
            try {
                vocabulary.getMethod(other, String.class);
                wrong.add(vocabulary.getSimpleName() + " also has " + other + "(String)");
            } catch (NoSuchMethodException expectedAbsence) {
                // one name per kind of vocabulary
            }
            assertEquals(String.class, vocabulary.getMethod("code").getReturnType());
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyVocabularyOfTheModelIsListedHere() throws Exception {
        Path classes = Path.of(URI.create(Event.class.getProtectionDomain().getCodeSource().getLocation().toString()))
                .resolve("org/disputatio/model");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName("org.disputatio.model." + name.substring(0, name.length() - 6));
                boolean codeOnlyRecord = type.isRecord() && type.getRecordComponents().length == 1
                        && type.getRecordComponents()[0].getName().equals("code");
                if (type.isEnum() && hasCode(type) || codeOnlyRecord) {
                    found.add(type);
                }
            }
        }
        assertEquals(VOCABULARIES.stream().map(Class::getSimpleName).sorted().toList(),
                found.stream().map(Class::getSimpleName).sorted().toList());
    }

    private static boolean hasCode(Class<?> type) {
        try {
            return type.getMethod("code").getReturnType() == String.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
