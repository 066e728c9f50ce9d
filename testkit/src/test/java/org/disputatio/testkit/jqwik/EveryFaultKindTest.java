package org.disputatio.testkit.jqwik;

import static org.disputatio.testkit.EventAssertions.assertFindings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fault kind, sampled on its own (the property over all kinds might miss one in a run):
 * the validator reports the planted finding and nothing else, with its severity, rule and path.
 */
class EveryFaultKindTest {

    @ParameterizedTest
    @EnumSource(FaultKind.class)
    void eachKindGivesExactlyItsFinding(FaultKind kind) {
        List<PlantedFault> faults = Events.valid().nesting(2).withFault(kind).sampleStream().limit(15)
                .collect(Collectors.toList());
        for (PlantedFault fault : faults) {
            assertEquals(kind, fault.kind());
            assertFindings(fault.event()).containsExactly(fault.expectedFinding());
            List<Finding> findings = EventValidator.english().validate(fault.event()).findings();
            assertEquals(1, findings.size(), () -> fault + ": " + findings);
            Finding finding = findings.get(0);
            assertEquals(kind.severity(), finding.severity());
            assertEquals(kind.rule(), finding.constraint());
            assertEquals(fault.expectedFinding().path(), finding.path());
        }
    }
}
