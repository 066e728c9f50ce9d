package org.disputatio.model;

import java.util.List;
import java.util.Objects;

/**
 * The sector an organisation, or a position held without one, belongs to: a first-class research
 * variable ("public actors, private actors: duties and responsibilities"), and a code of the open
 * vocabulary {@link Vocabulary#SECTOR}. The constants are the built-in sectors, labelled in English
 * and French; an event registers any other sector it needs ({@link Event#sectors()}), and
 * validation reports a sector that is neither, so that no organisation lands in a wrong bucket.
 *
 * @param code the sector's code, as written in documents ({@code think-tank})
 */
public record Sector(String code) {
    /** Governments, ministries and their agencies (ANSSI). */
    public static final Sector GOVERNMENT = new Sector("government");
    /** Intergovernmental organisations (UNESCO, OECD, UNICRI). */
    public static final Sector INTERNATIONAL_ORGANISATION = new Sector("international-organisation");
    /** Universities and research institutes. */
    public static final Sector ACADEMIA = new Sector("academia");
    /** Private companies (Sogeti, Thales). */
    public static final Sector COMPANY = new Sector("company");
    /** Non-governmental and non-profit organisations. */
    public static final Sector CIVIL_SOCIETY = new Sector("civil-society");
    /** Armed forces and defence institutions (NATO CCDCOE). */
    public static final Sector DEFENCE = new Sector("defence");
    /** Policy research institutes that are not universities. */
    public static final Sector THINK_TANK = new Sector("think-tank");
    /** The bodies that run the internet's resources and protocols (ICANN-like bodies, registries, CERTs). */
    public static final Sector TECHNICAL_COMMUNITY = new Sector("technical-community");
    /** Press, broadcasters and journalists. */
    public static final Sector MEDIA = new Sector("media");
    /** Bodies that write technical standards (ISO, ETSI, IETF). */
    public static final Sector STANDARDS_BODY = new Sector("standards-body");
    /** Parliaments and their members. */
    public static final Sector PARLIAMENT = new Sector("parliament");

    private static final List<Sector> BUILT_IN = List.of(GOVERNMENT, INTERNATIONAL_ORGANISATION, ACADEMIA, COMPANY,
            CIVIL_SOCIETY, DEFENCE, THINK_TANK, TECHNICAL_COMMUNITY, MEDIA, STANDARDS_BODY, PARLIAMENT);

    /**
     * Refuses a null code; any other code is a sector (validation says whether it is registered).
     *
     * @param code the sector's code
     * @throws NullPointerException if the code is null
     */
    public Sector {
        Objects.requireNonNull(code, "code");
    }

    /**
     * The sector with this code, built in or not.
     *
     * @param code the sector's code ({@code think-tank}); null is refused
     * @return a sector equal to the constant of the same code, if there is one
     * @throws NullPointerException if the code is null
     */
    public static Sector of(String code) {
        return new Sector(code);
    }

    /**
     * The built-in sectors, in the order of the constants above.
     *
     * @return the built-in sectors, unmodifiable
     */
    public static List<Sector> builtIn() {
        return BUILT_IN;
    }

    @Override
    public String toString() {
        return code;
    }
}
