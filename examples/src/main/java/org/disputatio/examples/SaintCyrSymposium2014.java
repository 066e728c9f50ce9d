package org.disputatio.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.Involvement;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.Proceedings;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Sector;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Term;

/**
 * The symposium "(Re)building cyberconfidence amongst partners and allies" of the Saint-Cyr Chair
 * of Cyberdefense and Cybersecurity, Sogeti and Thales, encoded from the English report
 * {@code saint-cyr-2014-symposium-report.txt}. The report is mostly proceedings: its four
 * paragraphs are the summary, from which the themes and the four dimensions are indexed.
 *
 * <p>The traps:
 * <ul>
 *   <li>No year: the report says "Wednesday (May 14th)". 2014 is inferred (14 May was a
 *       Wednesday in 2014, and the Snowden revelations it discusses date from 2013), and the
 *       date carries inferred claims.</li>
 *   <li>The title is given as the symposium's theme, in a sentence: an inferred claim.</li>
 *   <li>The report calls the event a symposium, then "This seminar": an inconsistency note;
 *       the kind stays symposium, as first stated.</li>
 *   <li>The report names no venue, no speaker, no time and no time zone: none is encoded. The
 *       language of the symposium is not stated either; the report's own language is English.</li>
 *   <li>"Edouard Snowden" is kept as printed, with a note.</li>
 * </ul>
 */
public final class SaintCyrSymposium2014 {

    /** The id of the source document every claim and note refers to. */
    public static final String SOURCE = "saint-cyr-2014-report";

    static final LocalDate DATE = LocalDate.of(2014, 5, 14);

    static final String CHAIR = "saint-cyr-chair";
    static final String SOGETI = "sogeti";
    static final String THALES = "thales";

    private SaintCyrSymposium2014() {
    }

    /**
     * The symposium, as the report states it.
     *
     * @return a newly built event with id {@code saint-cyr-2014}, equal on every call
     */
    public static Event event() {
        return Event.builder("saint-cyr-2014")
                .kind(EventKind.SYMPOSIUM)
                .title(en("(Re)building cyberconfidence amongst partners and allies"))
                .languages("en")
                .date(DATE)
                .organisations(organisations())
                .involvements(List.of(
                        Involvement.organiser(CHAIR),
                        Involvement.organiser(SOGETI),
                        Involvement.organiser(THALES)))
                .programme(Programme.of(
                        ProgrammeDay.of(DATE, DayOfWeek.WEDNESDAY, en("Wednesday (May 14th)"), List.of())))
                .proceedings(proceedings())
                .provenance(provenance())
                .build();
    }

    /** The three organisers, in printed order; the report states no country. */
    private static List<Organisation> organisations() {
        return List.of(
                Organisation.builder(CHAIR)
                        .name("en", "Saint-Cyr Chair of Cyberdefense and Cybersecurity")
                        .sector(Sector.ACADEMIA)
                        .build(),
                Organisation.builder(SOGETI).name("en", "Sogeti").sector(Sector.COMPANY).build(),
                Organisation.builder(THALES).name("en", "Thales").sector(Sector.COMPANY).build());
    }

    private static Proceedings proceedings() {
        return new Proceedings(summary(), themes(), dimensions(), List.of(),
                List.of(en("The Chair thanks its partners")));
    }

    /** The report's four paragraphs, verbatim (the italics of "condicio sine qua non" are not kept). */
    private static List<LocalizedText> summary() {
        return List.of(
                en("The Saint-Cyr Chair of Cyberdefense and Cybersecurity, Sogeti, Thales organized a symposium on "
                        + "Wednesday (May 14th) on the theme \"(Re)building cyberconfidence amongst partners and "
                        + "allies.\" In an international context where states, companies and groups of individuals "
                        + "use massive amounts of data for strategic purposes, stakeholders attempt to shed light on "
                        + "the crucial question about rebuilding cyberconfidence amongst partners and allies within a "
                        + "legal framework, which is to date uncertain."),
                en("State security is in a large part based on technical intelligence and more specifically on "
                        + "signals intelligence. This is even truer for Anglo-Saxon countries since September 11th. "
                        + "Edouard Snowden's revelations about the existence of systems and processes for "
                        + "surveillance (like PRISM, Quantum, and signals intelligence SIGINT), which are active and "
                        + "legal under American law, shook the confidence of traditional partners and allies. "
                        + "However, with growing threats of cyberterrorism, cyberwarfare and cybercrime, allies are "
                        + "forced to work together to protect themselves. Restoring trust is a condicio sine qua non. "
                        + "It can only be restored with inter-State agreements and international legislation. In the "
                        + "face of cyberthreats, the challenge is to find a balance where national security is "
                        + "guaranteed while respecting the privacy of citizens. On a legal level, France and more "
                        + "generally Europe differ from the United States, at the risk of being cut off from the rest "
                        + "of the world. Despite national and European will to protect individual freedoms and to "
                        + "anticipate risks in cyberspace, laws must be inevitably adapted to fit the overall "
                        + "interconnection of systems and individuals; this is an issue that we cannot escape."),
                en("History teaches us that alliances are created to help face adversity and common threats. The "
                        + "same is true in cyberspace, while these alliances are closely connected to the interests "
                        + "(in particular economic ones) of countries. They are used to build capacity against common "
                        + "threats, and to lead allied countries to adopt a shared vision and understanding of the "
                        + "world. However, the need to communicate and therefore to divulge information with each "
                        + "other may not be reasonably done in an apparatus as large as Europe, made up of countries "
                        + "with different cultural or economic interests. Partnerships are easier and therefore more "
                        + "realistic on a bilateral basis. France can play a major role in the organizing of the "
                        + "cyber domain in the future. In order to do so it must go beyond the confidence crises as "
                        + "we are now experiencing, and work on innovative, secure and scalable commercial solutions "
                        + "integrated upstream in information systems. Using the dynamic private sector and taking a "
                        + "long-term partnerships approach, it is at this price that France can remain a credible "
                        + "ally internationally."),
                en("This seminar highlighted the major challenges brought about by cyberspace across its "
                        + "dimensions: societal, legal, diplomatic and commercial. Establishing a climate of trust and "
                        + "security between the private sector partners and the Defense is a priority; the Chair of "
                        + "Cyberdefense-Cybersecurity intends to contribute to this."));
    }

    /** Themes the report names, labelled with its own words, in order of first mention. */
    private static List<Term> themes() {
        return List.of(
                term("trust-among-allies", "cyberconfidence amongst partners and allies"),
                term("massive-data", "massive amounts of data"),
                term("legal-framework", "legal framework"),
                term("technical-intelligence", "technical intelligence"),
                term("signals-intelligence", "signals intelligence"),
                term("snowden-revelations", "Edouard Snowden's revelations"),
                term("surveillance", "surveillance"),
                term("prism", "PRISM"),
                term("quantum", "Quantum"),
                term("sigint", "SIGINT"),
                term("cyberterrorism", "cyberterrorism"),
                term("cyberwarfare", "cyberwarfare"),
                term("cybercrime", "cybercrime"),
                term("inter-state-agreements", "inter-State agreements"),
                term("international-legislation", "international legislation"),
                term("cyberthreats", "cyberthreats"),
                term("national-security", "national security"),
                term("privacy", "privacy of citizens"),
                term("individual-freedoms", "individual freedoms"),
                term("alliances", "alliances"),
                term("capacity-building", "build capacity against common threats"),
                term("bilateral-partnerships", "bilateral basis"),
                term("commercial-solutions", "innovative, secure and scalable commercial solutions"),
                term("long-term-partnerships", "long-term partnerships"),
                term("public-private-trust", "trust and security between the private sector partners and the Defense"));
    }

    /** "its dimensions: societal, legal, diplomatic and commercial". */
    private static List<Term> dimensions() {
        return List.of(
                term("societal", "societal"),
                term("legal", "legal"),
                term("diplomatic", "diplomatic"),
                term("commercial", "commercial"));
    }

    private static Provenance provenance() {
        SourceDocument report = SourceDocument.of(SOURCE, LocalizedText.empty(),
                "saint-cyr-2014-symposium-report.txt", List.of("en"));
        String year = "The report says \"Wednesday (May 14th)\" and gives no year. It discusses Snowden's "
                + "revelations, which date from 2013, and 14 May was a Wednesday in 2014, the first such year after "
                + "them (the one before was 2008, the next 2025): read as 2014.";
        List<Claim> claims = List.of(
                Claim.inferred("startDate", SOURCE, year),
                Claim.inferred("endDate", SOURCE, year + " One day: the report names a single day."),
                Claim.inferred("programme.days[0].date", SOURCE, year),
                Claim.inferred("title", SOURCE, "The report gives no title; it says the symposium was \"on the "
                        + "theme\" \"(Re)building cyberconfidence amongst partners and allies.\", taken as the title "
                        + "(without the sentence's final full stop)."),
                Claim.inferred("languages", SOURCE, "The report is in English; the language of the symposium "
                        + "itself is not stated."),
                Claim.inferred("organisations[*].sector", SOURCE, "The report states no sector: each "
                        + "organisation's sector is the encoder's classification."));
        List<EditorialNote> notes = List.of(
                EditorialNote.of("kind", SOURCE, NoteKind.INCONSISTENCY, "This seminar highlighted",
                        "The report first calls the event a symposium (\"organized a symposium\"), then a seminar; "
                        + "encoded as a symposium, as first stated."),
                EditorialNote.of("proceedings.summary[1]", SOURCE, NoteKind.SOURCE_ERROR, "Edouard Snowden",
                        "The English report gives Edward Snowden's first name in its French form. Kept as printed."));
        return new Provenance(List.of(report), claims, notes);
    }

    private static Term term(String code, String label) {
        return Term.of(code, en(label));
    }

    private static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }
}
