/**
 * The model of cyber-policy events ({@code org.disputatio.model}) and its validation
 * ({@code org.disputatio.validation}). No I/O, no serialization.
 */
module org.disputatio.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports org.disputatio.model;
    exports org.disputatio.validation;
    exports org.disputatio.validation.constraints;
    exports org.disputatio.io;

    // Hibernate Validator reads constrained fields and instantiates the constraint validators
    // reflectively; nobody else gets into these packages.
    opens org.disputatio.model to org.hibernate.validator;
    opens org.disputatio.validation.internal to org.hibernate.validator;
}
