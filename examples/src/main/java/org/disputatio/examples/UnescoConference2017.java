package org.disputatio.examples;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Audience;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.Link;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.PersonName;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.Proceedings;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Quote;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.TransportMode;
import org.disputatio.model.Venue;

/**
 * The bilingual programme of the UNESCO conference « Construire la paix et la sécurité
 * internationale de la sécurité numérique » / "Building international peace and Security in the
 * digital society", Maison de l'UNESCO, Paris, 6-7 April 2017, encoded from
 * {@code unesco-2017-conference-programme.txt}: two days of agenda, three panels, 28 people,
 * 25 organisations, the venue and its transport access, the Secretary-General's foreword, the
 * "JE SUIS INTERNET" platform and the audience.
 *
 * <p>Every fact the programme states is encoded, and nothing else; what had to be worked out is
 * an inferred {@link Claim} and what the programme gets wrong is an {@link EditorialNote}. The
 * traps:
 * <ul>
 *   <li>Panel 1 is printed in French only: its title and description carry no English, and
 *       validation reports that as missing translations (warnings), not errors.</li>
 *   <li>Panel 2's English title says "Prevention against cyber-attacks" while the French title
 *       and both descriptions are about response: kept verbatim, with a source-error note.</li>
 *   <li>Panels 2 and 3, the dialogue and the conclusion have no time, only their place in the
 *       day; no item has an end. No time is invented.</li>
 *   <li>"17h30" is printed alone at the end of day 1: an end-of-day item with no title.</li>
 *   <li>The second flyer reads "UNESCO Paris 8-9 et 7 avril 2017", contradicting 6-7 April;
 *       "00 00 00 00" is a placeholder, not a phone number, and is not encoded as a contact.</li>
 *   <li>Names are kept exactly as printed, family names in capitals ("LARUE" might be "La
 *       Rue"); the capitals make the given/family split visible, so the parts are stated.
 *       "Qi XIAOXIA" is a Chinese name written family name first, so the capitals fall on the
 *       given name here: its parts are inferred (a claim says why). Honorifics as printed
 *       ("Mr.", "Ms", "Ms.", "Dr").</li>
 *   <li>One identity per person: Louis Gautier opens and concludes; Théodore Christakis and
 *       Nicolas Tsagourias each sit on two panels in different roles.</li>
 *   <li>Organisations printed only as an acronym (OECD, UNICRI, INRIA, UNESCO) get no invented
 *       name. Sectors are the encoder's classification (one inferred claim); countries come
 *       from the parentheses after a person's line, except CAC's, which is inferred.</li>
 *   <li>The postal code and country of the venue are not printed ("Paris 7ème"): inferred.</li>
 * </ul>
 */
public final class UnescoConference2017 {

    /** The id of the source document every claim and note refers to. */
    public static final String SOURCE = "unesco-2017-programme";

    static final LocalDate DAY_1 = LocalDate.of(2017, 4, 6);
    static final LocalDate DAY_2 = LocalDate.of(2017, 4, 7);

    // People, by id.
    static final String LARUE = "frank-larue";
    static final String GAUTIER = "louis-gautier";
    static final String BANNELIER = "karine-bannelier";
    static final String KIRCHNER = "claude-kirchner";
    static final String BONUCCI = "nicola-bonucci";
    static final String YEDALY = "moctar-yedaly";
    static final String BOSCO = "francesca-bosco";
    static final String BOEKE = "sergei-boeke";
    static final String CASTETS_RENARD = "celine-castets-renard";
    static final String TERPAN = "fabien-terpan";
    static final String FEAKIN = "tobias-feakin";
    static final String CHRISTAKIS = "theodore-christakis";
    static final String CASTELLUCIA = "claude-castellucia";
    static final String HU = "ken-hu";
    static final String CHARNEY = "scott-charney";
    static final String HEATHCOTE = "sarah-heathcote";
    static final String TSAGOURIAS = "nicolas-tsagourias";
    static final String VIHUL = "liis-vihul";
    static final String MARTINON = "david-martinon";
    static final String SALAMATIAN = "kave-salamatian";
    static final String STALLMAN = "richard-stallman";
    static final String SHEFET = "dan-shefet";
    static final String PERNICE = "ingolf-pernice";
    static final String AUMONIER = "kim-aumonier";
    static final String DOUZET = "frederick-douzet";
    static final String WRANGE = "pal-wrange";
    static final String QI = "qi-xiaoxia";
    static final String POUPARD = "guillaume-poupard";

    // Organisations, by id.
    static final String UNESCO = "unesco";
    static final String GRENOBLE_ALPES = "university-grenoble-alpes";
    static final String INRIA = "inria";
    static final String OECD = "oecd";
    static final String AFRICAN_UNION = "african-union";
    static final String UNICRI = "unicri";
    static final String LEIDEN = "university-of-leiden";
    static final String TOULOUSE_CAPITOLE = "university-toulouse-capitole";
    static final String IUF = "institut-universitaire-de-france";
    static final String SCIENCES_PO_GRENOBLE = "sciences-po-grenoble";
    static final String HUAWEI = "huawei";
    static final String MICROSOFT = "microsoft";
    static final String ANU = "australian-national-university";
    static final String SHEFFIELD = "sheffield-university";
    static final String NATO_CCDCOE = "nato-cooperative-cyber-defence-centre-of-excellence";
    static final String SAVOIE_MONT_BLANC = "university-savoie-mont-blanc";
    static final String FSF = "free-software-foundation";
    static final String AAID = "association-for-accountability-and-internet-democracy";
    static final String HUMBOLDT = "humboldt-institute-for-internet-and-society";
    static final String PBI = "peace-brigades-international";
    static final String PARIS_8 = "universite-paris-8";
    static final String CHAIRE_CASTEX = "chaire-castex";
    static final String STOCKHOLM = "university-of-stockholm";
    static final String CAC = "cac";
    static final String ANSSI = "anssi";

    /** Gautier's position, as printed in the programme (en) and under the foreword (fr). */
    private static final LocalizedText SECRETARY_GENERAL = LocalizedText.of(
            "fr", "Secrétaire général de la défense et de la sécurité nationale",
            "en", "Secretary-General for Defense and National Security");

    private UnescoConference2017() {
    }

    /**
     * The conference, as the programme states it.
     *
     * @return a newly built event with id {@code unesco-2017}, equal on every call
     */
    public static Event event() {
        List<Organisation> organisations = organisations();
        List<Speaker> people = people();
        return Event.builder("unesco-2017")
                .kind(EventKind.CONFERENCE)
                .title(frEn("Construire la paix et la sécurité internationale de la sécurité numérique",
                        "Building international peace and Security in the digital society"))
                .subtitle(frEn("Acteurs publics, acteurs privés : rôles et responsabilités",
                        "Public actors, private actors : duties and responsibilities"))
                .languages("fr", "en")
                .dates(DAY_1, DAY_2)
                .timeZone(ZoneId.of("Europe/Paris"))
                .venue(venue())
                .organisations(organisations)
                .people(people)
                .programme(Programme.of(day1(), day2()))
                .link(platform())
                .audience(audience())
                .proceedings(proceedings())
                .provenance(provenance())
                .build();
    }

    // ---------------------------------------------------------------- programme

    private static ProgrammeDay day1() {
        return ProgrammeDay.of(DAY_1, DayOfWeek.THURSDAY, frEn("Jeudi 6 avril", "Thursday April 6th"), List.of(
                Session.builder("day1-opening", AgendaItemKind.OPENING)
                        .start(LocalTime.of(9, 30))
                        .title(frEn("Ouverture", "Opening"))
                        .participant(LARUE, Roles.OPENING_SPEAKER)
                        .participant(GAUTIER, Roles.OPENING_SPEAKER)
                        .build(),
                panel1(),
                Session.builder("day1-lunch", AgendaItemKind.BREAK)
                        .start(LocalTime.of(12, 30))
                        .title(frEn("Déjeuner (possibilité de déjeuner sur place)", "Lunch (facilities on site)"))
                        .build(),
                Session.builder("day1-afternoon-opening", AgendaItemKind.OPENING)
                        .start(LocalTime.of(14, 30))
                        .title(frEn("Ouverture", "Opening"))
                        .participant(FEAKIN, Roles.OPENING_SPEAKER)
                        .build(),
                panel2(),
                // "17h30", printed alone: the close of the day, with no title.
                Session.builder("day1-end", AgendaItemKind.END_OF_DAY)
                        .start(LocalTime.of(17, 30))
                        .build()));
    }

    /** Panel 1 exists in French only: no English title or description is invented. */
    private static Panel panel1() {
        return Panel.builder("panel-1")
                .label("1")
                .start(LocalTime.of(10, 0))
                .title(LocalizedText.of("fr",
                        "Prévention des attaques informatiques et protection : qui doit faire quoi ?"))
                .description(LocalizedText.of("fr", "En raison de leur interconnexion croissante et de leur rôle "
                        + "essentiel pour les Etats concernés et les populations qui en dépendent, la protection des "
                        + "infrastructures critiques contre les cyberattaques est une préoccupation majeure. A côté "
                        + "des règles internationales qui s'appliquent dans l'espace numérique et qui peuvent jouer "
                        + "un rôle important en matière de prévention, la protection des infrastructures vitales "
                        + "appelle une coopération internationale entre les différentes parties prenantes, acteurs "
                        + "publics comme privés. A cet égard, les organisations internationales jouent un rôle "
                        + "fondamental dans le renforcement de la coopération, l'échange de bonnes pratiques, le "
                        + "développement de mesures de confiance et de standards de protection."))
                .participant(BANNELIER, Roles.INVENTIO)
                .participant(KIRCHNER, Roles.INVENTIO)
                .participant(BONUCCI, Roles.ELOCUTIO)
                .participant(YEDALY, Roles.ELOCUTIO)
                .participant(BOSCO, Roles.ELOCUTIO)
                .participant(BOEKE, Roles.DISPUTATIO)
                .participant(CASTETS_RENARD, Roles.DISPUTATIO)
                .participant(TERPAN, Roles.DISPUTATIO)
                .build();
    }

    /** Panel 2 has no time; its English title is wrong and kept verbatim (see the editorial note). */
    private static Panel panel2() {
        return Panel.builder("panel-2")
                .label("2")
                .title(frEn("Réponse aux attaques informatiques : qui peut faire quoi ?",
                        "Prevention against cyber-attacks : who can do what?"))
                .description(frEn("La plupart des législations nationales répriment les cyberattaques mais "
                        + "certains pensent qu'il serait souhaitable que les acteurs privés soient autorisés à "
                        + "riposter unilatéralement à des cyberattaques. Outre les questions techniques liées à "
                        + "l'identification de l'auteur réel de l'attaque, une telle possibilité pourrait remettre "
                        + "en cause le « monopole de la violence légitime » jusqu'ici réservé aux Etats. Quelle "
                        + "peut-être la contribution des entreprises à la sécurité du numérique ? Quels sont les "
                        + "risques liés à la privatisation de la riposte aux attaques informatiques ? Ces pratiques "
                        + "seraient-elles conformes au droit international ? Et, de manière plus générale, quelles "
                        + "sont les réactions autorisées aux cyberattaques ?",
                        "Most national laws repress cyber-attacks. However, some persons would like to allow "
                        + "private actors to respond to cyber-attacks by counter attacks. In addition to technical "
                        + "issues related to the identification of the actual perpetrator of the attack, such a "
                        + "possibility could seriously challenge the \"monopoly of legitimate violence\" till "
                        + "nowadays reserved for States. What could be the private sector contribution to "
                        + "cyber-security? What are the risks of privatizing the response to cyber-attacks? Would "
                        + "such practices be in conformity with international law? And what is the general legal "
                        + "framework of reacting to cyber-attacks?"))
                .participant(CHRISTAKIS, Roles.INVENTIO)
                .participant(CASTELLUCIA, Roles.INVENTIO)
                .participant(HU, Roles.ELOCUTIO)
                .participant(CHARNEY, Roles.ELOCUTIO)
                .participant(HEATHCOTE, Roles.DISPUTATIO)
                .participant(TSAGOURIAS, Roles.DISPUTATIO)
                .participant(VIHUL, Roles.DISPUTATIO)
                .build();
    }

    private static ProgrammeDay day2() {
        return ProgrammeDay.of(DAY_2, DayOfWeek.FRIDAY, frEn("Vendredi 7 avril", "Friday April 7th"), List.of(
                Session.builder("day2-opening", AgendaItemKind.OPENING)
                        .start(LocalTime.of(9, 0))
                        .title(frEn("Ouverture", "Opening"))
                        .participant(MARTINON, Roles.OPENING_SPEAKER)
                        .build(),
                panel3(),
                Session.builder("dialogue-role-of-states", AgendaItemKind.DIALOGUE)
                        .title(frEn("Le rôle des États : deux points de vue", "The role of States: two viewpoints"))
                        .participant(QI, Roles.SPEAKER)
                        .participant(POUPARD, Roles.SPEAKER)
                        .build(),
                Session.builder("conclusion", AgendaItemKind.CONCLUSION)
                        .title(frEn("Conclusion", "Conclusion"))
                        .participant(GAUTIER, Roles.CONCLUDING_SPEAKER)
                        .build()));
    }

    /** Panel 3 has no time; its English description asks one question more than the French. */
    private static Panel panel3() {
        return Panel.builder("panel-3")
                .label("3")
                .title(frEn("Gouvernance et régulation de la sécurité numérique : quel rôle pour chacun ?",
                        "Regulation and Governance of peace and cybersecurity : what role for each one?"))
                .description(frEn("Les questions liées à la sécurité du cyberspace ou du numérique sont traitées "
                        + "dans de nombreuses organisations internationales intergouvernementales. Des règles de "
                        + "comportement, des bonnes pratiques, des recommandations sont élaborées à destination des "
                        + "États ou des entreprises. Il est parfois évoqué la nécessité de créer une organisation "
                        + "internationale dédiée à la sécurité du numérique. Les organisations non "
                        + "gouvernementales sont apparemment peu présentes dans ces débats. Quels rôles peuvent "
                        + "jouer ces organisations à côté des États ? Que peut-on en attendre ?",
                        "Issues related to the security of cyberspace, cyber-infrastructures and data are dealt "
                        + "with by several international intergovernmental organizations. Rules of conduct, good "
                        + "practices and recommendations are drawn up for States or companies. There is sometimes "
                        + "mention of the need to create an international organization dedicated to digital "
                        + "security. But non-governmental organizations are apparently not very involved in these "
                        + "debates. What role can these organizations play beside States ? What can we expect? "
                        + "How can we build consensus?"))
                .participant(TSAGOURIAS, Roles.INVENTIO)
                .participant(SALAMATIAN, Roles.INVENTIO)
                .participant(STALLMAN, Roles.ELOCUTIO)
                .participant(SHEFET, Roles.ELOCUTIO)
                .participant(PERNICE, Roles.ELOCUTIO)
                .participant(AUMONIER, Roles.ELOCUTIO)
                .participant(DOUZET, Roles.DISPUTATIO)
                .participant(CHRISTAKIS, Roles.DISPUTATIO)
                .participant(WRANGE, Roles.DISPUTATIO)
                .build();
    }

    // ---------------------------------------------------------------- people

    /** Everyone, once each, in order of first appearance in the programme. */
    private static List<Speaker> people() {
        return List.of(
                // Day 1, opening
                person(LARUE, "Mr.", "Frank LARUE", null, Affiliation.at(UNESCO, en("Director"))
                        .withUnit(en("Communication and information Sector"))),
                person(GAUTIER, "Mr.", "Louis GAUTIER", "FR",
                        Affiliation.position(SECRETARY_GENERAL, Sector.GOVERNMENT, "FR")),
                // Panel 1
                person(BANNELIER, "Ms", "Karine BANNELIER", "FR", Affiliation.at(GRENOBLE_ALPES)),
                person(KIRCHNER, "Mr.", "Claude KIRCHNER", "FR", Affiliation.at(INRIA)),
                person(BONUCCI, "Mr.", "Nicola BONUCCI", null, Affiliation.at(OECD)),
                person(YEDALY, "Mr.", "Moctar YEDALY", null, Affiliation.at(AFRICAN_UNION)),
                person(BOSCO, "Ms", "Francesca BOSCO", null, Affiliation.at(UNICRI)),
                person(BOEKE, "Mr.", "Sergei BOEKE", "NL", Affiliation.at(LEIDEN)),
                person(CASTETS_RENARD, "Ms", "Céline CASTETS-RENARD", null,
                        Affiliation.at(TOULOUSE_CAPITOLE), Affiliation.at(IUF)),
                person(TERPAN, "Mr.", "Fabien TERPAN", "FR", Affiliation.at(SCIENCES_PO_GRENOBLE)),
                // Day 1, afternoon opening
                person(FEAKIN, "Dr", "Tobias FEAKIN", "AU",
                        Affiliation.position(en("Ambassador for Cyber Affairs"), Sector.GOVERNMENT, "AU")),
                // Panel 2
                person(CHRISTAKIS, "Mr.", "Théodore CHRISTAKIS", null,
                        Affiliation.at(GRENOBLE_ALPES), Affiliation.at(IUF)),
                person(CASTELLUCIA, "Mr.", "Claude CASTELLUCIA", "FR", Affiliation.at(INRIA)),
                person(HU, "Mr.", "Ken HU", null, Affiliation.at(HUAWEI, en("Vice-Chairman"))),
                person(CHARNEY, "Mr.", "Scott CHARNEY", null, Affiliation.at(MICROSOFT, en("Vice-Chairman"))),
                person(HEATHCOTE, "Ms", "Sarah HEATHCOTE", null, Affiliation.at(ANU)),
                person(TSAGOURIAS, "Mr.", "Nicolas TSAGOURIAS", "GB", Affiliation.at(SHEFFIELD)),
                person(VIHUL, "Ms", "Liis VIHUL", "EE", Affiliation.at(NATO_CCDCOE)),
                // Day 2, opening
                person(MARTINON, "Mr.", "David MARTINON", "FR", Affiliation.position(
                        en("Ambassador for cyberdiplomacy and digital economy"), Sector.GOVERNMENT, "FR")),
                // Panel 3
                person(SALAMATIAN, "Mr.", "Kavé SALAMATIAN", "FR", Affiliation.at(SAVOIE_MONT_BLANC)),
                person(STALLMAN, "Mr.", "Richard STALLMAN", "US", Affiliation.at(FSF)),
                person(SHEFET, "Mr.", "Dan SHEFET", "FR", Affiliation.at(AAID)),
                person(PERNICE, "Mr.", "Ingolf PERNICE", "DE", Affiliation.at(HUMBOLDT)),
                person(AUMONIER, "Ms.", "Kim AUMONIER", "US", Affiliation.at(PBI)),
                person(DOUZET, "Ms", "Frédérick DOUZET", "FR",
                        Affiliation.at(PARIS_8), Affiliation.at(CHAIRE_CASTEX)),
                person(WRANGE, "Mr.", "Pål WRANGE", "SE", Affiliation.at(STOCKHOLM)),
                // The role of States: two viewpoints
                // Here the capitals fall on the given name: the split is the encoder's (an inferred claim).
                Speaker.builder(QI)
                        .honorific("Ms")
                        .name(PersonName.withParts("Qi XIAOXIA", "XIAOXIA", "Qi", NameOrder.FAMILY_FIRST,
                                Certainty.INFERRED))
                        .affiliation(Affiliation.at(CAC, en("Director General"))
                                .withUnit(en("Bureau of International Cooperation")))
                        .build(),
                person(POUPARD, "Mr.", "Guillaume POUPARD", "FR",
                        Affiliation.at(ANSSI, en("Director general"))));
    }

    /**
     * A person whose name is printed given name first and family name in capitals ("Frank
     * LARUE"): the capitals make the split visible, so the parts are stated. Every word from the
     * first one in capitals on is the family name.
     *
     * @param printed the name exactly as printed, without the honorific
     * @param country the country printed in parentheses after the person's line, else null
     */
    private static Speaker person(String id, String honorific, String printed, String country,
            Affiliation... affiliations) {
        String[] words = printed.split(" ");
        int family = 0;
        while (family < words.length && !words[family].equals(words[family].toUpperCase(Locale.ROOT))) {
            family++;
        }
        if (family == 0 || family == words.length) {
            throw new IllegalArgumentException("no given name before a family name in capitals: " + printed);
        }
        String given = String.join(" ", Arrays.copyOfRange(words, 0, family));
        String familyName = String.join(" ", Arrays.copyOfRange(words, family, words.length));
        Speaker.Builder builder = Speaker.builder(id).honorific(honorific)
                .name(printed, given, familyName, NameOrder.GIVEN_FIRST, Certainty.STATED).country(country);
        for (Affiliation affiliation : affiliations) {
            builder.affiliation(affiliation);
        }
        return builder.build();
    }

    // ---------------------------------------------------------------- organisations

    /**
     * Every organisation, once each, in order of first appearance. Names in the language they are
     * printed in; acronym-only organisations get no name. Sectors are the encoder's
     * classification; countries are those printed in parentheses after the line that names the
     * organisation, except CAC's (inferred).
     */
    private static List<Organisation> organisations() {
        return List.of(
                acronymOnly(UNESCO, "UNESCO", Sector.INTERNATIONAL_ORGANISATION),
                named(GRENOBLE_ALPES, "en", "University Grenoble-Alpes", Sector.ACADEMIA, "FR"),
                Organisation.builder(INRIA).acronym("INRIA").sector(Sector.ACADEMIA).country("FR").build(),
                acronymOnly(OECD, "OECD", Sector.INTERNATIONAL_ORGANISATION),
                named(AFRICAN_UNION, "en", "African Union", Sector.INTERNATIONAL_ORGANISATION, null),
                acronymOnly(UNICRI, "UNICRI", Sector.INTERNATIONAL_ORGANISATION),
                named(LEIDEN, "en", "University of Leiden", Sector.ACADEMIA, "NL"),
                named(TOULOUSE_CAPITOLE, "en", "University Toulouse-Capitole", Sector.ACADEMIA, null),
                named(IUF, "fr", "Institut Universitaire de France", Sector.ACADEMIA, null),
                named(SCIENCES_PO_GRENOBLE, "fr", "Sciences-Po Grenoble", Sector.ACADEMIA, "FR"),
                named(HUAWEI, "en", "Huawei", Sector.COMPANY, null),
                named(MICROSOFT, "en", "Microsoft", Sector.COMPANY, null),
                named(ANU, "en", "Australian National University", Sector.ACADEMIA, null),
                named(SHEFFIELD, "en", "Sheffield University", Sector.ACADEMIA, "GB"),
                named(NATO_CCDCOE, "en", "NATO Cooperative Cyber Defence Centre of Excellence", Sector.DEFENCE, "EE"),
                named(SAVOIE_MONT_BLANC, "en", "University Savoie-Mont Blanc", Sector.ACADEMIA, "FR"),
                named(FSF, "en", "Free Software Foundation", Sector.CIVIL_SOCIETY, "US"),
                named(AAID, "en", "Association for Accountability and Internet Democracy", Sector.CIVIL_SOCIETY, "FR"),
                named(HUMBOLDT, "en", "Humboldt Institute for Internet and Society", Sector.ACADEMIA, "DE"),
                named(PBI, "en", "Peace Brigades International", Sector.CIVIL_SOCIETY, "US"),
                named(PARIS_8, "fr", "Université Paris 8", Sector.ACADEMIA, "FR"),
                named(CHAIRE_CASTEX, "fr", "Chaire Castex", Sector.ACADEMIA, "FR"),
                named(STOCKHOLM, "en", "University of Stockholm", Sector.ACADEMIA, "SE"),
                Organisation.builder(CAC)
                        .acronym("CAC")
                        .name("en", "Cyberspace administration of China")
                        .sector(Sector.GOVERNMENT)
                        .country("CN") // inferred: see the claim in provenance()
                        .build(),
                Organisation.builder(ANSSI)
                        .acronym("ANSSI")
                        .name("fr", "Agence nationale de la sécurité des systèmes d'information")
                        .sector(Sector.GOVERNMENT)
                        .country("FR")
                        .build());
    }

    private static Organisation named(String id, String language, String name, Sector sector, String country) {
        return Organisation.builder(id).name(language, name).sector(sector).country(country).build();
    }

    private static Organisation acronymOnly(String id, String acronym, Sector sector) {
        return Organisation.builder(id).acronym(acronym).sector(sector).build();
    }

    // ---------------------------------------------------------------- venue, link, audience, foreword

    private static Venue venue() {
        return Venue.named(LocalizedText.of("fr", "Maison de l'UNESCO"))
                .withAddress(PostalAddress.of("125, avenue de Suffren", "75007", "Paris", "7ème", "FR"))
                .withAccess(List.of(
                        TransportAccess.of(TransportMode.METRO, "6", "Cambronne"),
                        TransportAccess.of(TransportMode.METRO, "8", "La Motte-Picquet Grenelle"),
                        TransportAccess.of(TransportMode.METRO, "10", "Ségur"),
                        TransportAccess.of(TransportMode.BUS, "28"),
                        TransportAccess.of(TransportMode.BUS, "80")))
                .withFacilities(List.of(frEn("Possibilité de restauration sur place", "Food available on site")));
    }

    /** The participation platform; the 11 languages are counted, not named. */
    private static Link platform() {
        return Link.to(URI.create("https://jesuisinternet.today"))
                .withTitle(LocalizedText.of("fr", "JE SUIS INTERNET"))
                .withTagline(en("SPEAK UP FOR YOUR DIGITAL RIGHTS"))
                .withDescription(frEn("Vous pourrez poursuivre les débats engagés pendant la conférence en "
                        + "contribuant sur cette plateforme traduite en 11 langues.",
                        "You may continue the debates that took place during the conference by contributing to "
                        + "this platform translated into 11 languages."))
                .withLanguageCount(11);
    }

    /** "GENERAL PUBLIC LAW EXPERTS", printed in English only, read as two groups. */
    private static Audience audience() {
        return new Audience(List.of(en("GENERAL PUBLIC"), en("LAW EXPERTS")),
                frEn("Accès public", "Public access"));
    }

    /** The Secretary-General's foreword, in both languages, without the quotation marks. */
    private static Proceedings proceedings() {
        Quote foreword = Quote.of(frEn("Le numérique est au cœur du développement de nos sociétés. Si nous savons "
                + "en préserver la stabilité, il peut être source de développement humain, de croissance économique "
                + "et d'amélioration du fonctionnement de nos démocraties. Dans un contexte marqué par la montée de "
                + "l'insécurité dans le numérique, la conférence internationale à laquelle vous participez "
                + "aujourd'hui est un des volets de l'initiative que j'ai voulu pour favoriser les échanges entre "
                + "des acteurs du numérique de natures, d'origines et de sensibilités différentes. Etats, "
                + "entreprises, organisations gouvernementales ou non et citoyens ont chacun une part de "
                + "responsabilité dans la construction de la paix et de la sécurité internationales. Cette "
                + "responsabilité commune est au cœur de ces deux jours d'échange.",
                "Digital lies at the heart of the development of our societies. If we know how to preserve "
                + "stability, it can be a source of human development, economic growth and improved functioning of "
                + "our democracies. In a context which is marked by the rise of insecurity in the digital world, "
                + "the international conference in which you are participating today is one of the components of "
                + "the initiative I launched in order to improve exchanges between digital actors of different "
                + "nature, origins and sensibilities. States, companies, governmental and non-governmental "
                + "organizations and citizens have each a share of responsibility in the construction of "
                + "international peace and security. This common responsibility is at the heart of the two-day "
                + "exchange."),
                GAUTIER, SECRETARY_GENERAL);
        return new Proceedings(List.of(), List.of(), List.of(), List.of(foreword), List.of());
    }

    // ---------------------------------------------------------------- provenance

    private static Provenance provenance() {
        SourceDocument programme = SourceDocument.of(SOURCE, LocalizedText.empty(),
                "unesco-2017-conference-programme.txt", List.of("fr", "en"));

        List<Claim> claims = new ArrayList<>();
        claims.add(Claim.inferred("languages", SOURCE, "The programme is printed in French and English; the "
                + "languages in which the sessions are held are not stated."));
        claims.add(Claim.inferred("timeZone", SOURCE, "The programme gives local times (\"9h30\") for the Maison de "
                + "l'UNESCO in Paris and names no time zone: read as Paris time."));
        claims.add(Claim.inferred("venue.address.district", SOURCE, "The programme prints \"Paris 7ème\": read as "
                + "the 7th arrondissement of Paris."));
        claims.add(Claim.inferred("venue.address.postalCode", SOURCE, "Not printed; 75007 is the postal code of "
                + "the 7th arrondissement of Paris (\"Paris 7ème\")."));
        claims.add(Claim.inferred("venue.address.country", SOURCE, "Not printed; Paris is in France."));
        claims.add(Claim.inferred("items[day1-end].kind", SOURCE, "\"17h30\" is printed alone after "
                + "Panel 2: read as the close of the first day."));
        claims.add(Claim.inferred("audience.groups[*]", SOURCE, "The flyer prints \"GENERAL PUBLIC LAW EXPERTS\" "
                + "on one line, in English only, without saying what it is: read as two audience groups."));
        claims.add(Claim.inferred("audience.admission", SOURCE, "The heading \"Accès public - Public access\" "
                + "stands above the venue's address and transport: read as the conference being open to the public; "
                + "it may only label the public entrance."));
        claims.add(Claim.inferred("organisations[*].sector", SOURCE, "The programme states no sector: each "
                + "organisation's sector is the encoder's classification."));
        claims.add(Claim.inferred("people[*].affiliations[*].sector", SOURCE, "The programme states no sector: "
                + "the sector of a position held without a named organisation (Secretary-General, ambassadors) is "
                + "the encoder's classification."));
        claims.add(Claim.inferred("organisations[" + CAC + "].country", SOURCE, "Not printed as a "
                + "country: inferred from the name \"Cyberspace administration of China\"."));
        claims.add(Claim.inferred("people[" + QI + "].name", SOURCE, "The programme prints family names "
                + "in capitals, but \"Qi XIAOXIA\" is a Chinese name written family name first: Qi is the family name "
                + "and Xiaoxia the given name, so here the capitals fall on the given name. The split is the "
                + "encoder's."));

        List<EditorialNote> notes = List.of(
                EditorialNote.of("startDate", SOURCE, NoteKind.INCONSISTENCY, "UNESCO Paris 8-9 et 7 avril 2017",
                        "The second flyer gives \"8-9 et 7 avril\"; the programme and the first flyer (\"UNESCO "
                        + "Paris 6 et 7 avril 2017\") give 6-7 April, as encoded."),
                EditorialNote.of("", SOURCE, NoteKind.PLACEHOLDER, "00 00 00 00",
                        "Printed twice on the flyers where a phone number would stand; a placeholder, not a "
                        + "contact, so not encoded."),
                EditorialNote.of("items[panel-2].title", SOURCE, NoteKind.SOURCE_ERROR,
                        "Prevention against cyber-attacks : who can do what?",
                        "The English title of Panel 2 speaks of prevention, while its French title (\"Réponse aux "
                        + "attaques informatiques : qui peut faire quoi ?\") and both descriptions are about the "
                        + "response to cyber-attacks; prevention is Panel 1's subject. Kept as printed."),
                EditorialNote.of("items[panel-3].description", SOURCE, NoteKind.INCONSISTENCY,
                        "How can we build consensus?",
                        "The English description of Panel 3 ends with a question the French does not ask. Both "
                        + "kept as printed."),
                EditorialNote.of("items[panel-3].title", SOURCE, NoteKind.INCONSISTENCY,
                        "Regulation and Governance of peace and cybersecurity : what role for each one?",
                        "The English title of Panel 3 speaks of the governance of peace and cybersecurity where the "
                        + "French (\"Gouvernance et régulation de la sécurité numérique\") speaks of digital "
                        + "security. Both kept as printed."),
                EditorialNote.of("title", SOURCE, NoteKind.INCONSISTENCY,
                        "Construire la paix et la sécurité internationale de la sécurité numérique",
                        "The French title reads \"de la sécurité numérique\" (of digital security) where the "
                        + "English reads \"in the digital society\". Both kept as printed."));

        return new Provenance(List.of(programme), claims, notes);
    }

    // ---------------------------------------------------------------- texts

    private static LocalizedText frEn(String fr, String en) {
        return LocalizedText.of("fr", fr, "en", en);
    }

    private static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }
}
