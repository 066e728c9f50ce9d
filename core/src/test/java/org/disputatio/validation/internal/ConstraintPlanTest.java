package org.disputatio.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disputatio.model.Event;
import org.disputatio.validation.Finding;
import org.disputatio.validation.constraints.CountryCode;
import org.junit.jupiter.api.Test;

/** The plan applies what it understands and refuses, loudly, what it does not. */
class ConstraintPlanTest {

    record Inner(@NotBlank String id, Optional<@CountryCode String> country) {
    }

    record Outer(@NotNull @Valid Inner main, List<@Valid Inner> others, Optional<@Valid Inner> extra) {
    }

    record Sized(@Size(max = 3) String name) {
    }

    record InASet(Set<@Valid Inner> inners) {
    }

    record InAMap(Map<String, @NotBlank String> names) {
    }

    record OnAnOptional(@NotNull Optional<String> name) {
    }

    interface Special {
    }

    record Grouped(@NotBlank(groups = Special.class) String name) {
    }

    record Repeated(@NotBlank.List({@NotBlank, @NotBlank(message = "again")}) String name) {
    }

    record Nested(List<List<@Valid Inner>> inners) {
    }

    @Test
    void walksRecordsListsAndOptionalsWithIndexedPaths() {
        Outer outer = new Outer(new Inner(" ", Optional.empty()),
                List.of(new Inner("a", Optional.of("FR")), new Inner("b", Optional.of("UK"))),
                Optional.of(new Inner("", Optional.of("fr"))));
        List<Finding> findings = new ArrayList<>();
        ConstraintPlan.validate(outer, Messages.of(Locale.ENGLISH), into(findings));
        assertEquals(List.of(
                "ERROR main.id: must not be blank",
                "ERROR others[1].country: must be an ISO 3166-1 alpha-2 country code in upper case, such as FR",
                "ERROR extra.id: must not be blank",
                "ERROR extra.country: must be an ISO 3166-1 alpha-2 country code in upper case, such as FR"),
                findings.stream().map(Finding::toString).toList());
    }

    @Test
    void reportsANullCascadedPartAndDoesNotEnterIt() {
        List<Finding> findings = new ArrayList<>();
        ConstraintPlan.validate(new Outer(null, List.of(), Optional.empty()), Messages.of(Locale.FRENCH), into(findings));
        assertEquals(List.of("ERROR main: ne doit pas être nul"), findings.stream().map(Finding::toString).toList());
    }

    @Test
    void plansTheWholeModel() {
        ConstraintPlan.prepare(Event.class);
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        for (Class<?> type : List.of(Sized.class, InASet.class, InAMap.class, OnAnOptional.class, Grouped.class,
                Repeated.class, Nested.class)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ConstraintPlan.of(type),
                    type::getSimpleName);
            assertTrue(e.getMessage().contains("ConstraintPlan") || e.getMessage().contains("cannot plan"),
                    e::getMessage);
        }
    }

    private static ConstraintPlan.Reporter into(List<Finding> findings) {
        return (warning, path, message, constraint) -> findings.add(new Finding(
                warning ? org.disputatio.validation.Severity.WARNING : org.disputatio.validation.Severity.ERROR,
                path, message, constraint));
    }
}
