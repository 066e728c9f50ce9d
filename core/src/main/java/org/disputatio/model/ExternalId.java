package org.disputatio.model;

import org.disputatio.validation.constraints.ValidExternalId;

/**
 * An identifier of a person or organisation in another register, so that researchers can link
 * the same actor across events: a Wikidata item ({@code Q42}), an ORCID iD, a ROR id, an ISNI.
 * The scheme is an open vocabulary; the known ones are checked for well-formedness by validation.
 */
@ValidExternalId
public record ExternalId(String scheme, String value) {
    public static final String WIKIDATA = "wikidata";
    public static final String ORCID = "orcid";
    public static final String ROR = "ror";
    public static final String ISNI = "isni";

    public ExternalId {
        Checks.present(scheme, "scheme");
        Checks.present(value, "value");
    }

    public static ExternalId wikidata(String itemId) {
        return new ExternalId(WIKIDATA, itemId);
    }

    public static ExternalId orcid(String orcid) {
        return new ExternalId(ORCID, orcid);
    }

    public static ExternalId ror(String ror) {
        return new ExternalId(ROR, ror);
    }

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
