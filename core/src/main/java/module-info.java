/**
 * The model of cyber-policy events ({@code org.disputatio.model}) and its validation
 * ({@code org.disputatio.validation}). No I/O, no serialization.
 */
@SuppressWarnings("module") // the format modules named below are built after this one
module org.disputatio.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports org.disputatio.model;
    exports org.disputatio.model.navigation;
    exports org.disputatio.validation;
    exports org.disputatio.validation.constraints;
    exports org.disputatio.io;
    exports org.disputatio.io.shape;
    // value syntax shared by the format modules; not API
    exports org.disputatio.io.internal to org.disputatio.io.json, org.disputatio.io.json.jackson2, org.disputatio.io.xml;
    // how Disputatio's modules put their words in English and French; not API
    exports org.disputatio.i18n.internal to org.disputatio.cli;

    // Hibernate Validator reads constrained fields and instantiates the constraint validators
    // reflectively; nobody else gets into these packages.
    opens org.disputatio.model to org.hibernate.validator;
    opens org.disputatio.validation.internal to org.hibernate.validator;

    // The constraints name no validator: providers, and EventValidator's own plan, find them as
    // services, so that the model never refers to the classes that check it.
    uses jakarta.validation.ConstraintValidator;
    // Formats plug in by registering a provider; EventFormats finds them.
    uses org.disputatio.io.EventFormatProvider;
    // Export formats (written, not read back) plug in the same way; EventExporters finds them.
    uses org.disputatio.io.EventExporterProvider;
    provides jakarta.validation.ConstraintValidator with
            org.disputatio.validation.EventInvariantsValidator,
            org.disputatio.validation.internal.CountryCodeValidator,
            org.disputatio.validation.internal.LanguageTagValidator,
            org.disputatio.validation.internal.StatedWeekdayMatchesValidator,
            org.disputatio.validation.internal.ValidExternalIdValidator;
}
