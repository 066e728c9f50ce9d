package org.disputatio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The shape of core, checked on its compiled classes: packages without cycles, the model free of
 * what validates it, no format code, and internal packages that no module outside can use.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.disputatio");

    @Test
    void noPackageCycles() {
        slices().matching("org.disputatio.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theModelKnowsOnlyTheConstraintAnnotationsOfValidation() {
        noClasses().that().resideInAPackage("org.disputatio.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.disputatio.validation", "org.disputatio.validation.internal..")
                .check(CORE);
    }

    @Test
    void coreHoldsNoFormatCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "tools.jackson..", "com.fasterxml.jackson..", "javax.xml..", "org.w3c.dom..",
                        "org.xml.sax..", "com.ctc.wstx..", "org.codehaus.stax2..")
                .check(CORE);
    }

    @Test
    void internalPackagesAreExportedToNoOneOrOnlyToDisputatioModules() throws IOException {
        ModuleDescriptor module;
        // core's own module-info.class, next to its classes (the test may run on the class path)
        Path classes = Path.of(URI.create(Event.class.getProtectionDomain().getCodeSource().getLocation().toString()));
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertEquals("org.disputatio.core", module.name());
        Set<String> open = new TreeSet<>();
        for (ModuleDescriptor.Exports export : module.exports()) {
            boolean internal = export.source().endsWith(".internal") || export.source().contains(".internal.");
            if (internal && (!export.isQualified()
                    || !export.targets().stream().allMatch(target -> target.startsWith("org.disputatio.")))) {
                open.add(export.source());
            }
        }
        for (ModuleDescriptor.Opens opens : module.opens()) {
            if (!opens.isQualified()) {
                open.add(opens.source() + " (opened to everyone)");
            }
        }
        assertEquals(Set.of(), open);
    }
}
