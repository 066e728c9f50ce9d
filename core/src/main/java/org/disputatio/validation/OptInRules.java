package org.disputatio.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.model.Role;
import org.disputatio.model.Sector;
import org.disputatio.model.navigation.Agenda;
import org.disputatio.model.navigation.ItemPair;
import org.disputatio.model.navigation.LocatedItem;
import org.disputatio.model.navigation.LocatedParticipation;
import org.disputatio.validation.internal.Messages;

/**
 * Ready-made agenda rules that a validator runs only when you switch them on: policies some
 * programmes follow and others do not, unlike the invariants of {@link BuiltInRules#all()}. Each
 * is a few lines over {@link Agenda}, reports errors at the path of the item or participation
 * concerned, in English or French, and is stateless and thread-safe.
 *
 * <pre>{@code
 * EventValidator validator = EventValidator.english().withRules(
 *         OptInRules.panelsHaveRoles(Set.of("inventio", "elocutio", "disputatio")),
 *         OptInRules.noPersonInConsecutiveItems());
 * validator.validate(event).assertValid();
 * }</pre>
 *
 * <p>Each factory gives a rule of a fixed name; to switch the same rule on twice with other
 * parameters (two sectors), give one of them another name with {@link #renamed(Rule, String)}.
 */
public final class OptInRules {

    /** What {@link #honorificShare(Set, double, Scope)} counts over. */
    public enum Scope {
        /** Each panel's participants, one share per panel; panels with no participant are skipped. */
        PANEL,
        /** Everyone who appears in an agenda item of the event, one share for the event. */
        EVENT
    }

    private OptInRules() {
    }

    /**
     * {@code panels-have-roles}: every panel has at least one participant in each of these roles.
     * The UNESCO 2017 programme groups each panel's speakers under the three canons of rhetoric:
     *
     * <pre>{@code
     * Rule rhetoric = OptInRules.panelsHaveRoles(Set.of("inventio", "elocutio", "disputatio"));
     * // a panel without a discussant: "the panel has nobody in the role(s) disputatio
     * //  (every panel needs disputatio, elocutio, inventio)"
     * }</pre>
     *
     * The finding is at the panel ({@code programme.days[0].items[1]}) and names the missing roles
     * in the order given when the set keeps one, else sorted.
     *
     * @param roleCodes the codes of the roles every panel needs ({@code inventio}); not empty
     * @return the rule
     * @throws IllegalArgumentException if the set is empty
     * @throws NullPointerException if the set or a code is null
     */
    public static Rule panelsHaveRoles(Set<String> roleCodes) {
        List<String> required = ordered(roleCodes, "roleCodes");
        return Rule.of("panels-have-roles", Severity.ERROR, (event, findings) -> {
            Messages messages = Messages.of(findings.locale());
            for (LocatedItem panel : Agenda.of(event).panels()) {
                Set<String> present = new HashSet<>();
                for (LocatedParticipation participation : panel.participations()) {
                    present.add(participation.roleCode());
                }
                List<String> missing = required.stream().filter(code -> !present.contains(code)).toList();
                if (!missing.isEmpty()) {
                    findings.add(panel.path(), messages.format("PanelsHaveRoles.message",
                            "missing", String.join(", ", missing), "required", String.join(", ", required)));
                }
            }
        });
    }

    /**
     * {@code panels-have-roles} with the codes of these roles: see {@link #panelsHaveRoles(Set)}.
     *
     * <pre>{@code
     * Rule rhetoric = OptInRules.panelsHaveRoles(Roles.INVENTIO, Roles.ELOCUTIO, Roles.DISPUTATIO);
     * }</pre>
     *
     * @param roles the roles every panel needs; at least one
     * @return the rule
     * @throws IllegalArgumentException if no role is given
     * @throws NullPointerException if a role is null
     */
    public static Rule panelsHaveRoles(Role... roles) {
        Set<String> codes = new LinkedHashSet<>();
        for (Role role : roles) {
            codes.add(Objects.requireNonNull(role, "role").code());
        }
        return panelsHaveRoles(codes);
    }

    /**
     * {@code panels-have-sector}: every panel has at least one participant from this sector: one
     * of whose affiliations is in it (the affiliation's own sector, else its organisation's).
     *
     * <pre>{@code
     * Rule civilSociety = OptInRules.panelsHaveSector(Sector.CIVIL_SOCIETY);
     * // "no participant of the panel is from the sector civil-society"
     * }</pre>
     *
     * The finding is at the panel.
     *
     * @param sector the sector every panel needs
     * @return the rule
     * @throws NullPointerException if the sector is null
     */
    public static Rule panelsHaveSector(Sector sector) {
        Objects.requireNonNull(sector, "sector");
        return Rule.of("panels-have-sector", Severity.ERROR, (event, findings) -> {
            for (LocatedItem panel : Agenda.of(event).panels()) {
                if (panel.participations().stream().noneMatch(p -> p.sectors().contains(sector))) {
                    findings.add(panel.path(), Messages.of(findings.locale()).format("PanelsHaveSector.message",
                            "sector", sector.code()));
                }
            }
        });
    }

    /**
     * {@code no-person-in-consecutive-items}: nobody appears in two consecutive items of a day, as
     * {@link Agenda#consecutivePairs()} defines them (siblings in printed order, in the same track
     * or one of them in none), so that every speaker has a break.
     *
     * <pre>{@code
     * Rule breaks = OptInRules.noPersonInConsecutiveItems();
     * // at programme.days[0].items[2].participants[0]:
     * // "gautier also appears in the item just before, day1-opening"
     * }</pre>
     *
     * The finding is at the person's first participation in the second item.
     *
     * @return the rule
     */
    public static Rule noPersonInConsecutiveItems() {
        return Rule.of("no-person-in-consecutive-items", Severity.ERROR, (event, findings) -> {
            Messages messages = null;
            for (ItemPair pair : Agenda.of(event).consecutivePairs()) {
                Set<String> before = new HashSet<>();
                for (LocatedParticipation participation : pair.first().participations()) {
                    before.add(participation.personId());
                }
                Set<String> reported = new HashSet<>();
                for (LocatedParticipation participation : pair.second().participations()) {
                    String person = participation.personId();
                    if (person != null && before.contains(person) && reported.add(person)) {
                        messages = messages == null ? Messages.of(findings.locale()) : messages;
                        findings.add(participation.path(), messages.format("NoPersonInConsecutiveItems.message",
                                "person", person, "previous", pair.first().id()));
                    }
                }
            }
        });
    }

    /**
     * {@code max-items-per-person-per-day}: nobody appears in more than {@code max} items of one
     * day. Items at every depth count, each once however many roles the person has in it: chairing
     * a block and speaking in a panel inside it is two items. Unscheduled items are not counted.
     *
     * <pre>{@code
     * Rule notTooBusy = OptInRules.maxItemsPerPersonPerDay(2);
     * // "christakis appears in 3 items on 2017-04-06, more than 2"
     * }</pre>
     *
     * The finding is at the person's first participation in the first item over the limit, once
     * per person and day.
     *
     * @param max the most items a person may appear in on one day, at least 1
     * @return the rule
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public static Rule maxItemsPerPersonPerDay(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, not " + max);
        }
        return Rule.of("max-items-per-person-per-day", Severity.ERROR, (event, findings) -> {
            for (Map.Entry<String, List<LocatedParticipation>> person
                    : Agenda.of(event).participationsByPerson().entrySet()) {
                Map<Integer, Set<LocatedItem>> itemsByDay = new LinkedHashMap<>();
                Map<Integer, LocatedParticipation> firstOver = new LinkedHashMap<>();
                for (LocatedParticipation participation : person.getValue()) {
                    if (participation.item().dayIndex().isEmpty()) {
                        continue;
                    }
                    int day = participation.item().dayIndex().getAsInt();
                    Set<LocatedItem> items = itemsByDay.computeIfAbsent(day, d -> new LinkedHashSet<>());
                    if (items.add(participation.item()) && items.size() == max + 1) {
                        firstOver.put(day, participation);
                    }
                }
                for (Map.Entry<Integer, LocatedParticipation> over : firstOver.entrySet()) {
                    LocatedParticipation participation = over.getValue();
                    findings.add(participation.path(), Messages.of(findings.locale()).format(
                            "MaxItemsPerPersonPerDay.message", "person", person.getKey(),
                            "count", itemsByDay.get(over.getKey()).size(),
                            "date", participation.item().date().map(Object::toString).orElse("?"), "max", max));
                }
            }
        });
    }

    /**
     * {@code honorific-share-per-panel} or {@code honorific-share-per-event}: among the people
     * whose honorific is printed, the share of those with one of these honorifics is at least
     * {@code minimumShare}. Only honorifics <em>as printed</em> count ({@link
     * org.disputatio.model.Speaker#honorific()}), compared without regard to case or a final dot
     * ({@code Mr.} is {@code Mr}); nothing is inferred from given names. People without a printed
     * honorific are counted as unknown: they are left out of the share, and the message says how
     * many there are; when nobody in the scope has one, the share cannot be checked and the
     * finding says so. Each person counts once per scope, whatever their roles.
     *
     * <pre>{@code
     * Rule balance = OptInRules.honorificShare(Set.of("Ms", "Mrs", "Mme"), 0.3, OptInRules.Scope.PANEL);
     * // "1 of 8 people with a printed honorific (13 %) have Mme, Mrs or Ms, below the 30 % wanted;
     * //  1 more without a printed honorific counted as unknown"
     * }</pre>
     *
     * The finding is at the panel, or at the event's programme ({@code programme}) for
     * {@link Scope#EVENT}.
     *
     * @param honorifics the honorifics whose share is checked ({@code Ms}, {@code Mme}); not empty
     * @param minimumShare the smallest share allowed, from 0 to 1 ({@code 0.3} for 30 %)
     * @param scope whether each panel or the whole event is counted
     * @return the rule
     * @throws IllegalArgumentException if the set is empty or the share is not within 0 and 1
     * @throws NullPointerException if the set, an honorific or the scope is null
     */
    public static Rule honorificShare(Set<String> honorifics, double minimumShare, Scope scope) {
        List<String> wanted = new ArrayList<>(new TreeSet<>(ordered(honorifics, "honorifics")));
        Set<String> keys = new HashSet<>();
        wanted.forEach(honorific -> keys.add(key(honorific)));
        if (!(minimumShare >= 0 && minimumShare <= 1)) {
            throw new IllegalArgumentException("minimumShare is a share from 0 to 1, not " + minimumShare);
        }
        Objects.requireNonNull(scope, "scope");
        String minimum = BigDecimal.valueOf(minimumShare * 100).stripTrailingZeros().toPlainString();
        String name = scope == Scope.PANEL ? "honorific-share-per-panel" : "honorific-share-per-event";
        return Rule.of(name, Severity.ERROR, (event, findings) -> {
            Agenda agenda = Agenda.of(event);
            if (scope == Scope.EVENT) {
                checkShare(agenda.participations(), "programme", keys, wanted, minimumShare, minimum, findings);
            } else {
                for (LocatedItem panel : agenda.panels()) {
                    checkShare(panel.participations(), panel.path(), keys, wanted, minimumShare, minimum, findings);
                }
            }
        });
    }

    private static void checkShare(List<LocatedParticipation> participations, String path, Set<String> keys,
            List<String> wanted, double minimumShare, String minimum, Rule.Findings findings) {
        Map<String, LocatedParticipation> people = new LinkedHashMap<>();
        for (LocatedParticipation participation : participations) {
            if (participation.personId() != null) {
                people.putIfAbsent(participation.personId(), participation);
            }
        }
        int known = 0;
        int matching = 0;
        for (LocatedParticipation person : people.values()) {
            if (person.honorific().isPresent() && !person.honorific().get().isBlank()) {
                known++;
                if (keys.contains(key(person.honorific().get()))) {
                    matching++;
                }
            }
        }
        int unknown = people.size() - known;
        String list = wanted.size() == 1 ? wanted.get(0)
                : String.join(", ", wanted.subList(0, wanted.size() - 1)) + or(findings.locale())
                        + wanted.get(wanted.size() - 1);
        Messages messages = Messages.of(findings.locale());
        if (known == 0) {
            if (unknown > 0) {
                findings.add(path, messages.format("HonorificShare.unknown", "unknown", unknown, "honorifics", list));
            }
            return;
        }
        if (matching < minimumShare * known) {
            String share = String.valueOf(Math.round(100.0 * matching / known));
            findings.add(path, messages.format(unknown == 0 ? "HonorificShare.message" : "HonorificShare.withUnknown",
                    "matching", matching, "known", known, "share", share, "honorifics", list,
                    "minimum", minimum, "unknown", unknown));
        }
    }

    private static String or(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? " ou " : " or ";
    }

    /** An honorific compared as printed, but for case and a final dot. */
    private static String key(String honorific) {
        String key = honorific.strip();
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return key.toLowerCase(Locale.ROOT);
    }

    /**
     * This rule under another name, with the same severity and check: to switch one of the rules
     * above on twice with other parameters.
     *
     * <pre>{@code
     * validator.withRules(OptInRules.panelsHaveSector(Sector.ACADEMIA),
     *         OptInRules.renamed(OptInRules.panelsHaveSector(Sector.COMPANY), "panels-have-company"));
     * }</pre>
     *
     * @param rule the rule
     * @param name the new name: lower-case letters, digits and single hyphens, starting with a letter
     * @return a rule of that name that checks as {@code rule} does
     * @throws IllegalArgumentException if the name is not of that form
     * @throws NullPointerException if the rule or the name is null
     */
    public static Rule renamed(Rule rule, String name) {
        Objects.requireNonNull(rule, "rule");
        return Rule.of(name, rule.severity(), rule::check);
    }

    /** The set's elements, in its order when it keeps one, else sorted; refuses an empty set or a null element. */
    private static List<String> ordered(Set<String> values, String what) {
        Objects.requireNonNull(values, what);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        for (String value : values) {
            Objects.requireNonNull(value, () -> what + " holds a null");
        }
        boolean ordered = values instanceof java.util.SortedSet || values instanceof LinkedHashSet;
        return List.copyOf(ordered ? values : new TreeSet<>(values));
    }
}
