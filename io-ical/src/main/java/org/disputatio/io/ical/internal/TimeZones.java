package org.disputatio.io.ical.internal;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A VTIMEZONE made from the JDK's time-zone rules, offline: biweekly fetches its ready-made ones
 * from tzurl.org ({@code TimezoneAssignment.download}), which an export must not depend on.
 *
 * <p>The component covers the event's dates with a year's margin each side. Where the zone's
 * current yearly rules govern that whole span (daylight-saving time as most zones keep it today),
 * it holds one STANDARD and one DAYLIGHT observance with a yearly RRULE, the form every calendar
 * reads (ical4j 4 misreads a VTIMEZONE of one-off observances). Otherwise (a zone whose rules
 * changed during the span, or no yearly rule expressible as an RRULE) it lists the observance in
 * effect at the start of the span and one per transition in it.
 */
public final class TimeZones {

    private TimeZones() {
    }

    /**
     * The VTIMEZONE of a zone for the times between two dates.
     *
     * @param zone the zone; its id becomes the TZID
     * @param first the first day of the event
     * @param last the last day of the event
     * @return the component
     */
    public static VTimezone component(ZoneId zone, LocalDate first, LocalDate last) {
        ZoneRules rules = zone.getRules();
        int fromYear = first.getYear() - 1;
        int untilYear = last.getYear() + 1;
        Instant from = LocalDate.of(fromYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = LocalDate.of(untilYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        VTimezone component = new VTimezone(zone.getId());
        return recurring(component, rules, from, fromYear, untilYear)
                .orElseGet(() -> explicit(component, rules, from, until));
    }

    /** The yearly rules as RRULEs, if they govern the whole span and each fits an RRULE. */
    private static Optional<VTimezone> recurring(VTimezone component, ZoneRules rules, Instant from, int fromYear,
            int untilYear) {
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> fixed = rules.getTransitions();
        if (yearly.isEmpty() || !fixed.isEmpty() && !fixed.get(fixed.size() - 1).getInstant().isBefore(from)) {
            return Optional.empty();
        }
        List<Observance> observances = new ArrayList<>();
        for (ZoneOffsetTransitionRule rule : yearly) {
            Optional<Recurrence> recurrence = recurrence(rule, fromYear, untilYear);
            if (recurrence.isEmpty()) {
                return Optional.empty();
            }
            ZoneOffsetTransition firstOnset = rule.createTransition(fromYear);
            Observance observance = observance(rules.isDaylightSavings(firstOnset.getInstant()),
                    firstOnset.getDateTimeBefore(), firstOnset.getOffsetBefore(), firstOnset.getOffsetAfter());
            observance.setRecurrenceRule(recurrence.get());
            observances.add(observance);
        }
        observances.forEach(observance -> add(component, observance));
        return Optional.of(component);
    }

    /**
     * The RRULE of a yearly rule, checked against the JDK's transition for every year of the
     * span; empty if none gives the same local dates.
     */
    private static Optional<Recurrence> recurrence(ZoneOffsetTransitionRule rule, int fromYear, int untilYear) {
        int month = rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        Recurrence.Builder builder = new Recurrence.Builder(Frequency.YEARLY).byMonth(month);
        int nth = 0; // the weekday's rank in the month, -1 for the last
        if (weekday == null) {
            builder.byMonthDay(day);
        } else if (day == -1 || rule.getMonth().minLength() == rule.getMonth().maxLength()
                && day == rule.getMonth().minLength() - 6) {
            nth = -1; // the JDK writes "last Sunday of March" as "Sunday on or after the 25th"
        } else if (day > 0 && (day - 1) % 7 == 0 && day <= 22) {
            nth = (day + 6) / 7;
        } else {
            return Optional.empty();
        }
        if (nth != 0) {
            builder.byDay(nth, weekday(weekday));
        }
        for (int year = fromYear; year <= untilYear; year++) {
            LocalDate nominal;
            if (weekday == null) {
                nominal = day > 0 ? LocalDate.of(year, month, day)
                        : LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth()).plusDays(day + 1L);
            } else if (nth == -1) {
                nominal = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(weekday));
            } else {
                nominal = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            }
            if (!rule.createTransition(year).getDateTimeBefore().toLocalDate().equals(nominal)) {
                return Optional.empty();
            }
        }
        return Optional.of(builder.build());
    }

    private static biweekly.util.DayOfWeek weekday(DayOfWeek weekday) {
        return biweekly.util.DayOfWeek.valueOfAbbr(weekday.name().substring(0, 2));
    }

    /** The observance in effect at the start of the span and one per transition within it. */
    private static VTimezone explicit(VTimezone component, ZoneRules rules, Instant from, Instant until) {
        ZoneOffsetTransition before = rules.previousTransition(from);
        if (before == null) {
            ZoneOffset offset = rules.getOffset(from);
            add(component, observance(rules.isDaylightSavings(from), LocalDateTime.of(1970, 1, 1, 0, 0), offset,
                    offset));
        } else {
            add(component, observance(rules, before));
        }
        for (ZoneOffsetTransition next = rules.nextTransition(from); next != null
                && next.getInstant().isBefore(until); next = rules.nextTransition(next.getInstant())) {
            add(component, observance(rules, next));
        }
        return component;
    }

    private static Observance observance(ZoneRules rules, ZoneOffsetTransition transition) {
        return observance(rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
                transition.getOffsetBefore(), transition.getOffsetAfter());
    }

    private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset offsetFrom,
            ZoneOffset offsetTo) {
        Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(new UtcOffset(offsetFrom.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(offsetTo.getTotalSeconds() * 1000L));
        return observance;
    }

    private static void add(VTimezone component, Observance observance) {
        if (observance instanceof DaylightSavingsTime daylight) {
            component.addDaylightSavingsTime(daylight);
        } else {
            component.addStandardTime((StandardTime) observance);
        }
    }
}
