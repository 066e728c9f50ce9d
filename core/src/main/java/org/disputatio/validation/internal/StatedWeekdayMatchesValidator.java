package org.disputatio.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DayOfWeek;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.validation.constraints.StatedWeekdayMatches;

/** Checks {@link StatedWeekdayMatches}. */
public final class StatedWeekdayMatchesValidator implements ConstraintValidator<StatedWeekdayMatches, ProgrammeDay> {
    @Override
    public boolean isValid(ProgrammeDay day, ConstraintValidatorContext context) {
        if (day == null || day.date() == null || day.statedWeekday().isEmpty()) {
            return true;
        }
        DayOfWeek actual = day.date().getDayOfWeek();
        DayOfWeek stated = day.statedWeekday().get();
        if (actual == stated) {
            return true;
        }
        new Violations(context).add(PropertyPath.root().property("statedWeekday"),
                "StatedWeekdayMatches.message", "stated", stated, "date", day.date(), "actual", actual);
        return false;
    }
}
