package org.disputatio.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.Involvement;
import org.disputatio.model.InvolvementKind;
import org.disputatio.model.Link;
import org.disputatio.model.ItemCondition;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.Proceedings;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Quote;
import org.disputatio.model.Role;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.disputatio.model.Term;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.Venue;
import org.disputatio.model.Vocabulary;

/**
 * An event as text a person reads: title and dates, venue, the programme as a timetable (a time
 * column, then each item with its people grouped by role, and below it, indented, the items it
 * contains), links, audience, proceedings and provenance.
 *
 * <p>Texts are in the chosen language; one missing there is shown in another, tagged with its
 * language ({@code [fr] …}). An item without a time shows {@code --:--}: times are never
 * invented. Whatever the event gets wrong (a dangling reference, a missing date) is printed as
 * it is, never thrown; reporting it is the validator's job. Instances are immutable.
 */
public final class TimetableRenderer {

    /** What the time column shows for an item without a start. */
    static final String NO_TIME = "--:--";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** "09:30–12:30". */
    private static final int TIME_WIDTH = 11;
    private static final String ITEM_INDENT = "  ";
    /** Down the left margin of items that run in parallel, in place of the first column of {@link #ITEM_INDENT}. */
    private static final String PARALLEL_BAR = "│";
    private static final String BODY_INDENT = " ".repeat(ITEM_INDENT.length() + TIME_WIDTH + 2);
    /** How much further an item contained in another is indented, per level. */
    private static final String NESTING_INDENT = "  ";
    /** Beyond this depth items are indented no further, so that narrow output keeps room for text. */
    private static final int MAX_NESTING_INDENT = 3;

    private final UiLanguage language;
    private final int width;

    /**
     * A renderer writing in this language, wrapping text to this many columns.
     *
     * @param language the language of the labels, and the preferred language of the event's texts
     * @param width the line width in columns, at least 20
     * @throws NullPointerException if the language is null
     * @throws IllegalArgumentException if the width is under 20
     */
    public TimetableRenderer(UiLanguage language, int width) {
        this.language = Objects.requireNonNull(language, "language");
        if (width < 20) {
            throw new IllegalArgumentException("width " + width + " is too narrow");
        }
        this.width = width;
    }

    /**
     * The whole event, as lines ending in a line break.
     *
     * @param event the event to render, valid or not
     * @return the text, from the title and dates down to the provenance, wrapped to the width
     * @throws NullPointerException if the event is null
     */
    public String render(Event event) {
        return new Rendering(event).render();
    }

    /** The state of one rendering: the event, its localizer, the lines so far. */
    private final class Rendering {
        private final Event event;
        private final Localizer l10n;
        private final List<String> lines = new ArrayList<>();

        Rendering(Event event) {
            this.event = Objects.requireNonNull(event, "event");
            this.l10n = new Localizer(language, event.languages());
        }

        String render() {
            header();
            venue();
            programme();
            people();
            organisations();
            links();
            audience();
            proceedings();
            provenance();
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines.stream().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
        }

        // ---- header ------------------------------------------------------------------------

        private void header() {
            List<String> heading = new ArrayList<>();
            heading.addAll(wrap(l10n.text(event.title()).orElse("(" + label(Label.UNTITLED) + ")"), ""));
            l10n.text(event.subtitle()).ifPresent(subtitle -> heading.addAll(wrap(subtitle, "")));
            lines.addAll(heading);
            int rule = heading.stream().mapToInt(String::length).max().orElse(0);
            lines.add("=".repeat(Math.min(width, Math.max(rule, 1))));
            lines.add("");

            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {label(Label.ID), event.id()});
            if (event.kind() != null) {
                facts.add(new String[] {label(Label.KIND),
                        defined(Vocabulary.EVENT_KIND, event.kind().code())});
            }
            facts.add(new String[] {label(Label.DATES), dates()});
            facts.add(new String[] {label(Label.TIME_ZONE), event.timeZone()
                    .map(zone -> zone.getId() + " (" + label(Label.LOCAL_TIMES) + ")")
                    .orElse(label(Label.TIME_ZONE_NOT_STATED))});
            if (!event.languages().isEmpty()) {
                facts.add(new String[] {label(Label.LANGUAGES), String.join(", ", event.languages())});
            }
            Map<InvolvementKind, List<String>> involved = new EnumMap<>(InvolvementKind.class);
            for (Involvement involvement : event.involvements()) {
                if (involvement.kind() != null) {
                    involved.computeIfAbsent(involvement.kind(), kind -> new ArrayList<>())
                            .add(organisation(involvement.organisation()));
                }
            }
            involved.forEach((kind, names) -> facts.add(new String[] {
                Label.of(kind).map(this::label).orElse(kind.code()), String.join(", ", names)}));

            String colon = label(Label.COLON);
            int keyWidth = facts.stream().mapToInt(fact -> fact[0].length()).max().orElse(0) + colon.length() + 1;
            for (String[] fact : facts) {
                String key = String.format("%-" + keyWidth + "s", fact[0] + colon);
                lines.addAll(TextWrapper.wrap(fact[1], width, key, " ".repeat(keyWidth)));
            }
            l10n.text(event.description()).ifPresent(description -> {
                lines.add("");
                lines.addAll(wrap(description, ""));
            });
        }

        private String dates() {
            LocalDate start = event.startDate();
            LocalDate end = event.endDate();
            String dates;
            if (start == null && end == null) {
                return label(Label.DATES_NOT_STATED);
            } else if (start != null && start.equals(end)) {
                dates = l10n.date(start);
            } else {
                dates = (start == null ? "?" : l10n.date(start)) + " – " + (end == null ? "?" : l10n.date(end));
            }
            Provenance provenance = event.provenance();
            if (provenance.certaintyOf("startDate") == Certainty.INFERRED
                    || provenance.certaintyOf("endDate") == Certainty.INFERRED) {
                dates += " (" + label(Label.INFERRED) + ")";
            }
            return dates;
        }

        // ---- venue -------------------------------------------------------------------------

        private void venue() {
            if (event.venue().isEmpty()) {
                return;
            }
            Venue venue = event.venue().get();
            section(Label.VENUE);
            l10n.text(venue.name()).ifPresent(name -> lines.addAll(wrap(name, "  ")));
            venue.address().map(this::address).filter(address -> !address.isEmpty())
                    .ifPresent(address -> lines.addAll(wrap(address, "  ")));
            if (!venue.access().isEmpty()) {
                lines.add("  " + label(Label.ACCESS) + label(Label.COLON));
                for (TransportAccess access : venue.access()) {
                    String mode = access.mode() == null ? "" : Label.of(access.mode()).map(this::label)
                            .orElse(access.mode().code());
                    String line = (mode + " " + access.line()).strip()
                            + access.stop().map(stop -> " – " + stop).orElse("");
                    lines.addAll(wrap(line, "    ", "      "));
                }
            }
            list(Label.FACILITIES, venue.facilities().stream().map(l10n::textOrEmpty).toList());
            list(Label.ROOMS, venue.rooms().stream()
                    .map(room -> l10n.text(room.name()).orElse(room.id())).toList());
        }

        private String address(PostalAddress address) {
            List<String> parts = new ArrayList<>();
            address.street().ifPresent(parts::add);
            String locality = String.join(" ", present(address.postalCode(), address.locality(), address.district()));
            if (!locality.isEmpty()) {
                parts.add(locality);
            }
            address.country().map(l10n::country).ifPresent(parts::add);
            return String.join(", ", parts);
        }

        /** A labelled list under a section: "  Facilities:" then one entry a line. */
        private void list(Label heading, List<String> entries) {
            List<String> present = entries.stream().filter(entry -> !entry.isBlank()).toList();
            if (present.isEmpty()) {
                return;
            }
            lines.add("  " + label(heading) + label(Label.COLON));
            for (String entry : present) {
                lines.addAll(wrap(entry, "    ", "      "));
            }
        }

        // ---- programme ---------------------------------------------------------------------

        private void programme() {
            section(Label.PROGRAMME);
            List<ProgrammeDay> days = event.programme().days();
            if (event.programme().isEmpty()) {
                lines.add("  " + label(Label.NO_PROGRAMME));
                return;
            }
            boolean first = true;
            for (ProgrammeDay day : days) {
                if (!first) {
                    lines.add("");
                }
                first = false;
                day(day);
            }
            unscheduled();
        }

        /** The items not yet placed on a day, under their own heading, after the days. */
        private void unscheduled() {
            List<AgendaItem> items = event.programme().unscheduled();
            if (items.isEmpty()) {
                return;
            }
            if (!event.programme().days().isEmpty()) {
                lines.add("");
            }
            lines.addAll(wrap(label(Label.NOT_YET_SCHEDULED), ""));
            previous = List.of();
            previousDepth = 0;
            items(items, 0, false);
        }

        /** The block printed last, to set the next one apart when either has details. */
        private List<String> previous = List.of();
        /** How deep the block printed last was nested. */
        private int previousDepth;

        /**
         * Prints a list of sibling items, each followed by the items it contains, indented one
         * step further. Only siblings are compared for running in parallel: a parent and its
         * first child, which often start together, are one above the other, not side by side.
         *
         * @param depth how deep the list is: 0 for a day's items
         * @param timed whether siblings that overlap in time are said to run in parallel
         */
        private void items(List<AgendaItem> items, int depth, boolean timed) {
            // parallel[i]: the item runs beside a neighbour; joined[i]: beside the one before it
            boolean[] parallel = new boolean[items.size()];
            boolean[] joined = new boolean[items.size()];
            for (int i = 1; timed && i < items.size(); i++) {
                if (parallel(items.get(i - 1), items.get(i))) {
                    parallel[i - 1] = true;
                    parallel[i] = true;
                    joined[i] = true;
                }
            }
            String nesting = NESTING_INDENT.repeat(Math.min(depth, MAX_NESTING_INDENT));
            for (int i = 0; i < items.size(); i++) {
                AgendaItem item = items.get(i);
                List<String> block = item(item, parallel[i], depth);
                if (parallel[i]) {
                    block = barred(block, nesting);
                }
                // Items with details stand apart; one-line items (a break, the end of the day) do not,
                // but for one that follows the items of another, which ends that other's block.
                if (previous.size() > 1 || block.size() > 1 || depth < previousDepth) {
                    // the bar runs on between two items of one parallel run
                    lines.add(joined[i] && items.get(i - 1).items().isEmpty() ? nesting + PARALLEL_BAR : "");
                }
                lines.addAll(block);
                previous = block;
                previousDepth = depth;
                items(item.items(), depth + 1, timed);
            }
        }

        private void day(ProgrammeDay day) {
            // The day once: as the source prints it (its label) with the date in short, or the date in full.
            Optional<String> printed = l10n.text(day.label());
            StringBuilder heading = new StringBuilder();
            if (printed.isPresent()) {
                heading.append(printed.get()).append(" (").append(day.date() == null ? "?" : day.date()).append(')');
            } else {
                heading.append(day.date() == null ? "?" : capitalized(l10n.date(day.date())));
            }
            Optional<DayOfWeek> stated = day.statedWeekday();
            if (stated.isPresent() && day.date() != null && stated.get() != day.date().getDayOfWeek()) {
                heading.append(" (").append(label(Label.SOURCE_SAYS)).append(' ')
                        .append(stated.get().getDisplayName(TextStyle.FULL, language.locale())).append(')');
            }
            lines.addAll(wrap(heading.toString(), ""));
            if (day.items().isEmpty()) {
                lines.add(ITEM_INDENT + label(Label.NO_ITEMS));
                return;
            }
            previous = List.of();
            previousDepth = 0;
            items(day.items(), 0, true);
        }

        /**
         * The block of an item that runs beside its neighbour, with a bar down its left margin,
         * so that a run of parallel items reads as one group: "│ 11:30–13:00  Panel 2".
         */
        private List<String> barred(List<String> block, String nesting) {
            List<String> barred = new ArrayList<>(block.size());
            for (String line : block) {
                String rest = line.length() > nesting.length() + 1 ? line.substring(nesting.length() + 1) : "";
                barred.add(rest.isBlank() ? nesting + PARALLEL_BAR : nesting + PARALLEL_BAR + rest);
            }
            return barred;
        }

        /**
         * Whether an item runs beside the one printed before it: it starts at the same time, or
         * before the other ends (parallel tracks, rooms).
         */
        private boolean parallel(AgendaItem before, AgendaItem item) {
            if (item.start().isEmpty() || before.start().isEmpty()) {
                return false;
            }
            return item.start().equals(before.start())
                    || before.end().isPresent() && item.start().get().isBefore(before.end().get());
        }

        /**
         * One item's block: time, heading (and title under a printed heading), where, description
         * and people; the items it contains are printed after it by {@link #items}.
         *
         * @param parallel whether the item runs beside the one before or after it, which it then says
         * @param depth how deep the item is nested: its block is indented one step per level
         */
        private List<String> item(AgendaItem item, boolean parallel, int depth) {
            List<String> block = new ArrayList<>();
            String nesting = NESTING_INDENT.repeat(Math.min(depth, MAX_NESTING_INDENT));
            String body = nesting + BODY_INDENT;
            String time = String.format("%-" + TIME_WIDTH + "s", time(item));
            Optional<String> printedHeading = l10n.text(item.heading());
            block.addAll(wrap(heading(item, printedHeading), nesting + ITEM_INDENT + time + "  ", body));
            if (printedHeading.isPresent()) {
                l10n.text(item.title()).ifPresent(title -> block.addAll(wrap(title, body)));
            }
            List<String> where = new ArrayList<>();
            for (String room : item.rooms()) {
                where.add(event.venue().flatMap(venue -> venue.room(room)).flatMap(r -> l10n.text(r.name()))
                        .orElse(room));
            }
            item.track().ifPresent(track -> where.add(event.programme().track(track)
                    .flatMap(t -> l10n.text(t.name())).orElse(track)));
            if (parallel) {
                where.add(label(Label.IN_PARALLEL));
            }
            for (ItemCondition condition : item.conditions()) {
                where.add(Label.of(condition).map(this::label).orElse(condition.code()));
            }
            if (!where.isEmpty()) {
                block.addAll(wrap(String.join(" · ", where), body));
            }
            l10n.text(item.description()).ifPresent(description -> block.addAll(wrap(description, body)));
            Map<String, List<Participation>> byRole = item.participantsByRole();
            for (Map.Entry<String, List<Participation>> group : byRole.entrySet()) {
                if (block.size() > 1) {
                    block.add("");
                }
                block.addAll(wrap(role(group.getKey()), body));
                for (Participation participation : group.getValue()) {
                    // a contribution of its own (a paper, a talk) follows the person: "Prof. X, UGA — Due diligence"
                    String line = person(participation.person())
                            + l10n.text(participation.title()).map(title -> " — " + title).orElse("");
                    block.addAll(wrap(line, body + "  ", body + "      "));
                    l10n.text(participation.description()).ifPresent(
                            text -> block.addAll(wrap(text, body + "      ")));
                }
            }
            return block;
        }

        /** "09:30", "09:30–12:30", "--:--–12:30", or "--:--" when the source gives no time. */
        private String time(AgendaItem item) {
            return timeColumn(item.start(), item.end());
        }

        /**
         * The first line of an item: its printed heading when it has one (the title then follows
         * on its own line), else its title; a panel's begins "Panel 2 — ".
         */
        private String heading(AgendaItem item, Optional<String> printedHeading) {
            Optional<String> title = printedHeading.isPresent() ? printedHeading : l10n.text(item.title());
            if (item instanceof Panel panel) {
                String name = label(Label.PANEL) + panel.label().map(number -> " " + number).orElse("");
                return title.map(text -> name + " — " + text).orElse(name);
            }
            return title.orElseGet(() -> "(" + (item.kind() == null ? label(Label.UNTITLED)
                    : defined(Vocabulary.ITEM_KIND, item.kind().code())) + ")");
        }

        private String role(String code) {
            return event.role(code).map(Role::label).flatMap(l10n::text).orElse(code);
        }

        /** "Mr. Louis GAUTIER, Secretary-General for Defense and National Security (France)". */
        private String person(String id) {
            Optional<Speaker> found = event.person(id);
            if (found.isEmpty()) {
                return id + " (" + label(Label.UNKNOWN_PERSON) + ")";
            }
            Speaker speaker = found.get();
            StringBuilder out = new StringBuilder(speaker.displayName());
            List<String> affiliations = speaker.affiliations().stream().map(this::affiliation)
                    .filter(text -> !text.isEmpty()).toList();
            if (!affiliations.isEmpty()) {
                out.append(", ").append(String.join(" / ", affiliations));
            }
            Set<String> countries = new LinkedHashSet<>();
            if (speaker.country().isPresent()) {
                countries.add(speaker.country().get());
            } else {
                for (Affiliation affiliation : speaker.affiliations()) {
                    event.countryOf(affiliation).ifPresent(countries::add);
                }
            }
            if (!countries.isEmpty()) {
                out.append(" (").append(countries.stream().map(l10n::country).collect(Collectors.joining(", ")))
                        .append(')');
            }
            return out.toString();
        }

        /** Position, unit and organisation, as far as given: "Director, Communication and information Sector, UNESCO". */
        private String affiliation(Affiliation affiliation) {
            List<String> parts = new ArrayList<>();
            l10n.text(affiliation.position()).ifPresent(parts::add);
            l10n.text(affiliation.unit()).ifPresent(parts::add);
            affiliation.organisation().map(this::organisation).ifPresent(parts::add);
            return String.join(", ", parts);
        }

        /**
         * As the sources print it, "ACRONYM (Name)"; else the name alone, the acronym alone, or
         * the id of an organisation that is not registered.
         */
        private String organisation(String id) {
            Optional<Organisation> found = event.organisation(id);
            if (found.isEmpty()) {
                return id;
            }
            Organisation organisation = found.get();
            Optional<String> name = l10n.text(organisation.name());
            Optional<String> acronym = organisation.acronym().filter(text -> !text.isBlank());
            if (name.isPresent() && acronym.isPresent() && !name.get().contains(acronym.get())) {
                return acronym.get() + " (" + name.get() + ")";
            }
            return name.or(() -> acronym).orElse(id);
        }

        // ---- people, organisations ---------------------------------------------------------

        /** Everyone registered, as the programme names them: "Ms Ada LOVELACE, Director, UGA (France)". */
        private void people() {
            if (event.people().isEmpty()) {
                return;
            }
            section(Label.PEOPLE);
            for (Speaker speaker : event.people()) {
                lines.addAll(wrap("- " + person(speaker.id()), "  ", "    "));
            }
        }

        /** Every organisation registered: "UGA (University Grenoble-Alpes), academia, France". */
        private void organisations() {
            if (event.organisations().isEmpty()) {
                return;
            }
            section(Label.ORGANISATIONS);
            for (Organisation organisation : event.organisations()) {
                List<String> parts = new ArrayList<>();
                parts.add(organisation(organisation.id()));
                organisation.parent().map(parent -> label(Label.PART_OF) + " " + organisation(parent))
                        .ifPresent(parts::add);
                organisation.sector().map(sector -> inRunningText(defined(Vocabulary.SECTOR, sector.code())))
                        .ifPresent(parts::add);
                organisation.locality().ifPresent(parts::add);
                organisation.country().map(l10n::country).ifPresent(parts::add);
                lines.addAll(wrap("- " + String.join(", ", parts), "  ", "    "));
            }
        }

        // ---- links, audience ---------------------------------------------------------------

        private void links() {
            if (event.links().isEmpty()) {
                return;
            }
            section(Label.LINKS);
            boolean first = true;
            for (Link link : event.links()) {
                if (!first) {
                    lines.add("");
                }
                first = false;
                List<String> names = present(l10n.text(link.title()), l10n.text(link.tagline()));
                String url = String.valueOf(link.url());
                if (names.isEmpty()) {
                    lines.add("  " + url);
                } else {
                    lines.addAll(wrap(String.join(" — ", names), "  ", "    "));
                    lines.add("    " + url);
                }
                l10n.text(link.description()).ifPresent(description -> lines.addAll(wrap(description, "    ")));
                List<String> offered = new ArrayList<>();
                if (!link.languages().isEmpty()) {
                    offered.add(String.join(", ", link.languages()));
                }
                link.languageCount().ifPresent(count -> offered.add(Label.LANGUAGE_COUNT.format(language, "count", count)));
                if (!offered.isEmpty()) {
                    lines.addAll(wrap(label(Label.OFFERED_IN) + label(Label.COLON) + " " + String.join("; ", offered), "    ", "      "));
                }
            }
        }

        private void audience() {
            List<String> groups = event.audience().groups().stream().map(l10n::textOrEmpty)
                    .filter(group -> !group.isEmpty()).toList();
            Optional<String> admission = l10n.text(event.audience().admission());
            if (groups.isEmpty() && admission.isEmpty()) {
                return;
            }
            section(Label.AUDIENCE);
            if (!groups.isEmpty()) {
                lines.addAll(wrap(String.join(", ", groups), "  ", "    "));
            }
            admission.ifPresent(text -> lines.addAll(wrap(label(Label.ADMISSION) + label(Label.COLON) + " " + text, "  ", "    ")));
        }

        // ---- proceedings -------------------------------------------------------------------

        private void proceedings() {
            Proceedings proceedings = event.proceedings();
            if (proceedings.isEmpty()) {
                return;
            }
            section(Label.PROCEEDINGS);
            boolean[] first = {true};
            Runnable gap = () -> {
                if (!first[0]) {
                    lines.add("");
                }
                first[0] = false;
            };
            if (!proceedings.summary().isEmpty()) {
                gap.run();
                lines.add("  " + label(Label.SUMMARY));
                boolean firstParagraph = true;
                for (LocalizedText paragraph : proceedings.summary()) {
                    Optional<String> text = l10n.text(paragraph);
                    if (text.isPresent()) {
                        if (!firstParagraph) {
                            lines.add("");
                        }
                        firstParagraph = false;
                        lines.addAll(wrap(text.get(), "    "));
                    }
                }
            }
            if (!proceedings.themes().isEmpty()) {
                gap.run();
                terms(Label.THEMES, proceedings.themes());
            }
            if (!proceedings.dimensions().isEmpty()) {
                gap.run();
                terms(Label.DIMENSIONS, proceedings.dimensions());
            }
            if (!proceedings.quotes().isEmpty()) {
                gap.run();
                lines.add("  " + label(Label.QUOTES));
                boolean firstQuote = true;
                for (Quote quote : proceedings.quotes()) {
                    if (!firstQuote) {
                        lines.add("");
                    }
                    firstQuote = false;
                    l10n.text(quote.text()).ifPresent(text -> lines.addAll(wrap(text, "    ")));
                    List<String> by = new ArrayList<>();
                    quote.speaker().map(id -> event.person(id).map(Speaker::displayName).orElse(id)).ifPresent(by::add);
                    l10n.text(quote.attribution()).ifPresent(by::add);
                    if (!by.isEmpty()) {
                        lines.addAll(wrap("— " + String.join(", ", by), "      ", "        "));
                    }
                }
            }
            if (!proceedings.acknowledgements().isEmpty()) {
                gap.run();
                lines.add("  " + label(Label.ACKNOWLEDGEMENTS));
                for (LocalizedText acknowledgement : proceedings.acknowledgements()) {
                    l10n.text(acknowledgement).ifPresent(text -> lines.addAll(wrap(text, "    ")));
                }
            }
        }

        private void terms(Label heading, List<Term> terms) {
            lines.add("  " + label(heading));
            for (Term term : terms) {
                lines.addAll(wrap("- " + l10n.text(term.label()).orElse(term.code()), "    ", "      "));
            }
        }

        // ---- provenance --------------------------------------------------------------------

        private void provenance() {
            Provenance provenance = event.provenance();
            if (provenance.sources().isEmpty() && provenance.claims().isEmpty() && provenance.notes().isEmpty()) {
                return;
            }
            section(Label.PROVENANCE);
            boolean[] first = {true};
            Runnable gap = () -> {
                if (!first[0]) {
                    lines.add("");
                }
                first[0] = false;
            };
            if (!provenance.sources().isEmpty()) {
                gap.run();
                lines.add("  " + label(Label.SOURCES));
                for (SourceDocument source : provenance.sources()) {
                    StringBuilder line = new StringBuilder("- ").append(source.id());
                    l10n.text(source.title()).ifPresent(title -> line.append(": ").append(title));
                    List<String> details = new ArrayList<>();
                    source.reference().ifPresent(details::add);
                    if (!source.languages().isEmpty()) {
                        details.add(String.join(", ", source.languages()));
                    }
                    if (!details.isEmpty()) {
                        line.append(" (").append(String.join("; ", details)).append(')');
                    }
                    lines.addAll(wrap(line.toString(), "    ", "      "));
                }
            }
            List<Claim> inferred = provenance.claims().stream()
                    .filter(claim -> claim.certainty() == Certainty.INFERRED).toList();
            List<Claim> stated = provenance.claims().stream()
                    .filter(claim -> claim.certainty() != Certainty.INFERRED).toList();
            if (!inferred.isEmpty()) {
                gap.run();
                lines.add("  " + label(Label.INFERRED_FACTS));
                for (Claim claim : inferred) {
                    lines.addAll(wrap("- " + claim.path() + claim.source().map(source -> " [" + source + "]").orElse(""),
                            "    ", "      "));
                    if (claim.rationale() != null && !claim.rationale().isBlank()) {
                        lines.addAll(wrap(claim.rationale(), "      "));
                    }
                }
            }
            if (!stated.isEmpty()) {
                gap.run();
                lines.add("  " + label(Label.STATED_FACTS));
                for (Claim claim : stated) {
                    lines.addAll(wrap("- " + claim.path() + claim.source().map(source -> " [" + source + "]").orElse(""),
                            "    ", "      "));
                }
            }
            if (!provenance.notes().isEmpty()) {
                gap.run();
                lines.add("  " + label(Label.EDITORIAL_NOTES));
                for (EditorialNote note : provenance.notes()) {
                    List<String> tags = new ArrayList<>();
                    if (note.kind() != null) {
                        tags.add(Label.of(note.kind()).map(this::label).orElse(note.kind().code()));
                    }
                    note.source().ifPresent(tags::add);
                    String path = note.path().isEmpty() ? label(Label.WHOLE_EVENT) : note.path();
                    lines.addAll(wrap("- " + path + (tags.isEmpty() ? "" : " [" + String.join(", ", tags) + "]"),
                            "    ", "      "));
                    note.quoted().ifPresent(quoted -> lines.addAll(wrap("“" + quoted + "”", "      ")));
                    if (note.note() != null) {
                        lines.addAll(wrap(note.note(), "      "));
                    }
                }
            }
        }

        // ---- helpers -----------------------------------------------------------------------

        private void section(Label heading) {
            String title = label(heading);
            lines.add("");
            lines.add(title);
            lines.add("-".repeat(title.length()));
        }

        private String label(Label label) {
            return l10n.label(label);
        }

        /**
         * A label as a word within a line: "Academia" becomes "academia", an acronym ("NGO") or a
         * label that is one capital letter stays as it is.
         */
        private String inRunningText(String label) {
            if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
                return label.substring(0, 1).toLowerCase(l10n.language().locale()) + label.substring(1);
            }
            return label;
        }

        /** The label of a code of an open vocabulary: the event's own definition, else the built-in one, else the code. */
        private String defined(Vocabulary vocabulary, String code) {
            return event.definition(vocabulary, code).flatMap(definition -> l10n.text(definition.label())).orElse(code);
        }

        private List<String> wrap(String text, String indent) {
            return TextWrapper.wrap(text, width, indent);
        }

        private List<String> wrap(String text, String firstIndent, String restIndent) {
            return TextWrapper.wrap(text, width, firstIndent, restIndent);
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    @SafeVarargs
    private static List<String> present(Optional<String>... values) {
        List<String> present = new ArrayList<>();
        for (Optional<String> value : values) {
            value.filter(text -> !text.isBlank()).ifPresent(present::add);
        }
        return present;
    }

    /** What the time column shows for an item with this start and end. */
    static String timeColumn(Optional<LocalTime> start, Optional<LocalTime> end) {
        String from = start.map(TIME::format).orElse(NO_TIME);
        return end.map(to -> from + "–" + TIME.format(to)).orElse(from);
    }
}
