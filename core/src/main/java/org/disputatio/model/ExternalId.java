package org.disputatio.model;

import org.disputatio.validation.constraints.ValidExternalId;

/**
 * An identifier of a person or organisation in another register, so that researchers can link
 * the same actor across events: a Wikidata item ({@code Q42}), an ORCID iD, a ROR id, an ISNI.
 * The scheme is an open vocabulary; the known ones are checked for well-formedness by validation.
 *
 * @param scheme the register, one of the constants here or any other name
 * @param value the identifier within that register, as the register writes it
 */
@ValidExternalId
public record ExternalId(String scheme, String value) {
    /** The scheme of Wikidata items: {@code Q42}. */
    public static final String WIKIDATA = "wikidata";
    /** The scheme of ORCID iDs: {@code 0000-0002-1825-0097}. */
    public static final String ORCID = "orcid";
    /** The scheme of Research Organization Registry ids. */
    public static final String ROR = "ror";
    /** The scheme of International Standard Name Identifiers. */
    public static final String ISNI = "isni";

    /**
     * Refuses a null scheme or value; whether the value is well formed is for validation.
     *
     * @param scheme the register
     * @param value the identifier within it
     * @throws NullPointerException if the scheme or the value is null
     */
    public ExternalId {
        Checks.present(scheme, "scheme");
        Checks.present(value, "value");
    }

    /**
     * A Wikidata item.
     *
     * @param itemId the item's id ({@code Q42})
     * @return the identifier in scheme {@link #WIKIDATA}
     * @throws NullPointerException if the id is null
     */
    public static ExternalId wikidata(String itemId) {
        return new ExternalId(WIKIDATA, itemId);
    }

    /**
     * An ORCID iD.
     *
     * @param orcid the iD without its URL prefix, four groups of four characters
     *     ({@code 0000-0002-1825-0097})
     * @return the identifier in scheme {@link #ORCID}
     * @throws NullPointerException if the iD is null
     */
    public static ExternalId orcid(String orcid) {
        return new ExternalId(ORCID, orcid);
    }

    /**
     * A Research Organization Registry id.
     *
     * @param ror the ROR id without its URL prefix: a leading 0, six characters, two check digits
     * @return the identifier in scheme {@link #ROR}
     * @throws NullPointerException if the id is null
     */
    public static ExternalId ror(String ror) {
        return new ExternalId(ROR, ror);
    }

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
