package org.disputatio.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disputatio.io.json.EventJson;
import org.disputatio.io.xml.EventXml;
import org.disputatio.model.Event;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.ValidationReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads each file given (JSON or XML, by extension), validates it, and prints one line per file;
 * then reads the JSON ones again through a Jackson mapper that finds Disputatio's module with
 * ServiceLoader, and checks that JSON and XML give the same event. Exits 1 on any difference.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Disputatio on the " + (Main.class.getModule().isNamed() ? "module" : "class") + " path");
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Event first = null;
        boolean same = true;
        for (String arg : args) {
            Path file = Path.of(arg);
            Event event = arg.endsWith(".xml") ? EventXml.defaults().read(file) : EventJson.defaults().read(file);
            if (arg.endsWith(".json")) {
                same &= event.equals(mapper.readValue(Files.readString(file), Event.class));
            }
            ValidationReport report = EventValidator.english().validate(event);
            System.out.println(file.getFileName() + ": " + event.id() + ", errors: " + report.errors().size()
                    + ", warnings: " + report.warnings().size());
            same &= first == null || first.equals(event);
            first = first == null ? event : first;
        }
        System.out.println(same ? "same event from every file and reader" : "the files or readers disagree");
        if (!same) {
            System.exit(1);
        }
    }
}
