package org.disputatio.model.navigation;

import java.util.List;
import java.util.Optional;
import org.disputatio.model.Organisation;
import org.disputatio.model.Participation;
import org.disputatio.model.Role;
import org.disputatio.model.Sector;
import org.disputatio.model.Speaker;

/**
 * One participation with its item located and its references followed: the person, the role,
 * the person's organisations, sectors and effective country, resolved by the same rules as the
 * research tables ({@code org.disputatio.research.Tables#PARTICIPATIONS}).
 *
 * <ul>
 *   <li>An affiliation's sector and country are its own, else its organisation's
 *       ({@link ResolvedAffiliation}).</li>
 *   <li>The <em>effective country</em> is the country of the first of the person's
 *       affiliations, in printed order, that gives one; else the person's own country.</li>
 *   <li>Each of these says where it comes from ({@link Origin}) and whether the event's
 *       provenance marks it {@linkplain Resolved#certainty() stated or inferred}.</li>
 * </ul>
 *
 * <p>A reference that does not resolve (reported by validation's {@code references-resolve})
 * gives an empty value, never an exception. Immutable; equal only to itself.
 */
public final class LocatedParticipation {
    private final LocatedItem item;
    private final int index;
    private final Participation participation;
    private final String path;
    private final Role role;
    private final PersonFacts person;

    LocatedParticipation(LocatedItem item, int index, Participation participation, Role role, PersonFacts person) {
        this.item = item;
        this.index = index;
        this.participation = participation;
        this.path = item.path() + ".participants[" + index + "]";
        this.role = role;
        this.person = person;
    }

    /**
     * The item the person appears in.
     *
     * @return the located item
     */
    public LocatedItem item() {
        return item;
    }

    /**
     * The participation's index among the item's participants.
     *
     * @return the 0-based index, the last index of {@link #path()}
     */
    public int index() {
        return index;
    }

    /**
     * The participation itself.
     *
     * @return the participation as the model holds it
     */
    public Participation participation() {
        return participation;
    }

    /**
     * The participation's property path, as validation findings name it:
     * {@code programme.days[0].items[1].participants[3]}.
     *
     * @return the path, never null
     */
    public String path() {
        return path;
    }

    /**
     * The id of the person, as the participation refers to them.
     *
     * @return the id; null only in a participation that validation rejects
     */
    public String personId() {
        return participation.person();
    }

    /**
     * The person, looked up in the event (the first registered with that id).
     *
     * @return the person, or empty if none is registered with that id
     */
    public Optional<Speaker> person() {
        return Optional.ofNullable(person.speaker());
    }

    /**
     * The person's property path in the event.
     *
     * @return {@code people[n]}, or empty if no person is registered with that id
     */
    public Optional<String> personPath() {
        return Optional.ofNullable(person.path());
    }

    /**
     * The person's honorific exactly as printed ({@code Mr.}, {@code Ms}, {@code Mme}); never
     * inferred from a name.
     *
     * @return the honorific, or empty if none is printed or the person is not registered
     */
    public Optional<String> honorific() {
        return person.speaker() == null ? Optional.empty() : person.speaker().honorific();
    }

    /**
     * The code of the role, as the participation gives it.
     *
     * @return the code ({@code inventio}); null only in a participation that validation rejects
     */
    public String roleCode() {
        return participation.role();
    }

    /**
     * The role: one the event registers, else a built-in one ({@link org.disputatio.model.Event#role(String)}).
     *
     * @return the role, or empty if the code names none
     */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /**
     * The person's affiliations, in printed order, resolved.
     *
     * @return the affiliations, unmodifiable; empty if the person has none or is not registered
     */
    public List<ResolvedAffiliation> affiliations() {
        return person.affiliations();
    }

    /**
     * The registered organisations of the person's affiliations, in printed order, each once.
     *
     * @return the organisations, unmodifiable, never null
     */
    public List<Organisation> organisations() {
        return person.organisations();
    }

    /**
     * The sectors of the person's affiliations (each affiliation's own, else its organisation's),
     * in printed order, each once.
     *
     * @return the sectors, unmodifiable, never null
     */
    public List<Sector> sectors() {
        return person.sectors();
    }

    /**
     * The person's effective country: the country of the first affiliation that gives one (its
     * own, else its organisation's), else the person's own.
     *
     * @return the ISO 3166-1 alpha-2 code with where it comes from, or empty if none is known
     */
    public Optional<Resolved<String>> effectiveCountry() {
        return Optional.ofNullable(person.effectiveCountry());
    }

    /** Reads as {@code programme.days[0].items[1].participants[3] (bannelier as inventio)}. */
    @Override
    public String toString() {
        return path + " (" + participation.person() + " as " + participation.role() + ")";
    }
}
