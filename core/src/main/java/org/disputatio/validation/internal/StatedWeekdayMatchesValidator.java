package org.disputatio.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DayOfWeek;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.validation.constraints.StatedWeekdayMatches;

/** Checks {@link StatedWeekdayMatches}. */
public final class StatedWeekdayMatchesValidator
        implements ConstraintValidator<StatedWeekdayMatches, ProgrammeDay>, BeanRule<ProgrammeDay> {
    @Override
    public boolean isValid(ProgrammeDay day, ConstraintValidatorContext context) {
        if (day == null || matches(day)) {
            return true;
        }
        Violations violations = new Violations(context, null);
        check(day, violations);
        return violations.valid();
    }

    @Override
    public void check(ProgrammeDay day, EventRule.Sink sink) {
        if (!matches(day)) {
            DayOfWeek stated = day.statedWeekday().get();
            sink.add(PropertyPath.root().property("statedWeekday"),
                    "StatedWeekdayMatches.message", "stated", stated, "date", day.date(),
                    "actual", day.date().getDayOfWeek());
        }
    }

    private static boolean matches(ProgrammeDay day) {
        return day.date() == null || day.statedWeekday().isEmpty()
                || day.date().getDayOfWeek() == day.statedWeekday().get();
    }
}
