package org.disputatio.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Plain records that mirror Disputatio's JSON format property for property, for plain Jackson 3
 * databind to read and write with no module and no custom code: the yardstick "what Jackson
 * alone does with the same bytes". Codes stay strings, localized texts are maps, dates and times
 * are java.time values (Jackson 3 reads them natively). The only annotation leaves out empty
 * values when writing, as Disputatio's writer does, so that both write the same document.
 */
public final class PlainRecords {
    private PlainRecords() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record EventRecord(int formatVersion, String id, String kind, Map<String, String> title,
            Map<String, String> subtitle, Map<String, String> description, List<String> languages,
            LocalDate startDate, LocalDate endDate, String timeZone, VenueRecord venue,
            List<InvolvementRecord> involvements, List<OrganisationRecord> organisations,
            List<PersonRecord> people, List<RoleRecord> roles, ProgrammeRecord programme, List<LinkRecord> links,
            AudienceRecord audience, ProceedingsRecord proceedings, ProvenanceRecord provenance) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record VenueRecord(Map<String, String> name, AddressRecord address, List<AccessRecord> access,
            List<Map<String, String>> facilities, List<RoomRecord> rooms) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AddressRecord(String street, String postalCode, String locality, String district, String country) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AccessRecord(String mode, String line, String stop) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RoomRecord(String id, Map<String, String> name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record InvolvementRecord(String organisation, String kind) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OrganisationRecord(String id, Map<String, String> name, String acronym, String sector,
            String country, List<ExternalIdRecord> externalIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ExternalIdRecord(String scheme, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PersonRecord(String id, String honorific, NameRecord name, List<AffiliationRecord> affiliations,
            String country, List<ExternalIdRecord> externalIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record NameRecord(String printed, String given, String family, String order, String parts) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AffiliationRecord(String organisation, Map<String, String> position, Map<String, String> unit,
            String sector, String country) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RoleRecord(String code, Map<String, String> label, Map<String, String> description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ProgrammeRecord(List<DayRecord> days) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DayRecord(LocalDate date, String statedWeekday, Map<String, String> label, List<ItemRecord> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ItemRecord(String id, String kind, String label, LocalTime start, LocalTime end,
            Map<String, String> title, Map<String, String> description, List<ParticipantRecord> participants) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ParticipantRecord(String person, String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record LinkRecord(URI url, Map<String, String> title, Map<String, String> tagline,
            Map<String, String> description, List<String> languages, Integer languageCount) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AudienceRecord(List<Map<String, String>> groups, Map<String, String> admission) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ProceedingsRecord(List<Map<String, String>> summary, List<TermRecord> themes,
            List<TermRecord> dimensions, List<QuoteRecord> quotes, List<Map<String, String>> acknowledgements) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TermRecord(String code, Map<String, String> label) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record QuoteRecord(Map<String, String> text, String speaker, Map<String, String> attribution) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ProvenanceRecord(List<SourceRecord> sources, List<ClaimRecord> claims, List<NoteRecord> notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SourceRecord(String id, Map<String, String> title, String reference, List<String> languages) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ClaimRecord(String path, String source, String certainty, String rationale) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record NoteRecord(String path, String source, String kind, String quoted, String note) {
    }
}
