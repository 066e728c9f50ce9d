package org.disputatio.model.navigation;

import java.util.List;
import org.disputatio.model.Organisation;
import org.disputatio.model.Sector;
import org.disputatio.model.Speaker;

/**
 * What is resolved once per person and shared by all their participations.
 *
 * @param speaker the person, or null if none is registered with the id
 * @param path {@code people[n]}, or null
 * @param affiliations resolved, in printed order
 * @param organisations distinct, in printed order
 * @param sectors distinct, in printed order
 * @param effectiveCountry or null
 */
record PersonFacts(Speaker speaker, String path, List<ResolvedAffiliation> affiliations,
        List<Organisation> organisations, List<Sector> sectors, Resolved<String> effectiveCountry) {

    static final PersonFacts UNKNOWN = new PersonFacts(null, null, List.of(), List.of(), List.of(), null);
}
