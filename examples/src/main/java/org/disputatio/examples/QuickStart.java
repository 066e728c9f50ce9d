package org.disputatio.examples;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.disputatio.model.Affiliation;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.Speaker;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.ValidationReport;

/**
 * The README's code sample. The README quotes the lines between the {@code README:start} and
 * {@code README:end} markers verbatim, and a test checks that it still does.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * What the sample makes: the event and its validation report.
     *
     * @param event the small seminar the sample builds
     * @param report its validation report: no error, one missing translation
     */
    public record Sample(Event event, ValidationReport report) {
    }

    /**
     * Builds a small event and validates it, printing the report to standard output.
     *
     * @return the event and its report
     */
    public static Sample buildAndValidate() {
        // README:start
        Event event = Event.builder("cyber-seminar-2026")
                .kind(EventKind.SEMINAR)
                .title(LocalizedText.of("en", "Norms for cyberspace", "fr", "Des normes pour le cyberespace"))
                .languages("en", "fr")
                .date(LocalDate.of(2026, 11, 26))
                .timeZone(ZoneId.of("Europe/Paris"))
                .organisation(Organisation.builder("uga")
                        .name("en", "University Grenoble-Alpes")
                        .sector(Sector.ACADEMIA)
                        .country("FR")
                        .build())
                .person(Speaker.builder("bannelier")
                        .honorific("Ms")
                        .name("Karine", "BANNELIER")
                        .affiliation(Affiliation.at("uga"))
                        .build())
                .programme(Programme.of(ProgrammeDay.of(LocalDate.of(2026, 11, 26),
                        Panel.builder("panel-1")
                                .label("1")
                                .start(LocalTime.of(10, 0))
                                .title(LocalizedText.of("en", "Who must do what?"))
                                .participant("bannelier", Roles.INVENTIO)
                                .build())))
                .build();

        ValidationReport report = EventValidator.english().validate(event);
        System.out.print(report.toText());
        // 0 errors, 1 warning
        // WARNING programme.days[0].items[0].title: missing translation: fr
        // README:end
        return new Sample(event, report);
    }

    /**
     * Runs the sample: builds the event and prints its validation report.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        buildAndValidate();
    }
}
