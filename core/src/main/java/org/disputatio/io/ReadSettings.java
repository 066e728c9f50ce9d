package org.disputatio.io;

/**
 * How strictly a reader reads and how much it accepts: the same settings, with the same names and
 * defaults, for every format. Every default is the safe one; each {@code with…} method returns
 * new settings. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadSettings lenient = ReadSettings.defaults().withUnknownPropertiesAllowed(true);
 * Event event = EventJson.with(lenient).read(file);
 * }</pre>
 *
 * <p>A "property" is what the format calls a field of an object: a JSON property, an XML
 * attribute or child element. A "string" is any value written as text: a JSON string, an XML
 * attribute value or element text.
 *
 * @param unknownPropertiesAllowed whether properties the format does not define are skipped
 *     (for documents from a newer version) rather than refused; false by default
 * @param maxNestingDepth the deepest nesting of objects and arrays (JSON) or elements (XML); 64
 * @param maxStringLength the longest string, in characters; 1,000,000
 * @param maxNameLength the longest property or element name, in characters; 1,000
 * @param maxNumberLength the longest number, in characters; 100
 * @param maxProperties the most properties one object may have: the members of a JSON object
 *     (the languages of a localized text included), the attributes of an XML element; 1,000
 * @param maxDocumentLength the longest document, in characters or bytes; 50,000,000
 */
public record ReadSettings(boolean unknownPropertiesAllowed, int maxNestingDepth, int maxStringLength,
        int maxNameLength, int maxNumberLength, int maxProperties, long maxDocumentLength) {

    private static final ReadSettings DEFAULTS = new ReadSettings(false, 64, 1_000_000, 1_000, 100, 1_000, 50_000_000L);

    /**
     * Checks every limit.
     *
     * @param unknownPropertiesAllowed whether unknown properties are skipped
     * @param maxNestingDepth positive
     * @param maxStringLength positive
     * @param maxNameLength positive
     * @param maxNumberLength positive
     * @param maxProperties positive
     * @param maxDocumentLength positive
     * @throws IllegalArgumentException if a limit is zero or negative; the message names it
     */
    public ReadSettings {
        positive(maxNestingDepth, "maxNestingDepth");
        positive(maxStringLength, "maxStringLength");
        positive(maxNameLength, "maxNameLength");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxProperties, "maxProperties");
        positive(maxDocumentLength, "maxDocumentLength");
    }

    /**
     * Strict reading with the default limits.
     *
     * @return the defaults
     */
    public static ReadSettings defaults() {
        return DEFAULTS;
    }

    /**
     * These settings, skipping or refusing properties the format does not define.
     *
     * @param allowed true to skip unknown properties; false to refuse them
     * @return the new settings
     */
    public ReadSettings withUnknownPropertiesAllowed(boolean allowed) {
        return new ReadSettings(allowed, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxProperties, maxDocumentLength);
    }

    /**
     * These settings with another nesting limit.
     *
     * @param depth the deepest nesting accepted, positive
     * @return the new settings
     * @throws IllegalArgumentException if the depth is not positive
     */
    public ReadSettings withMaxNestingDepth(int depth) {
        return new ReadSettings(unknownPropertiesAllowed, depth, maxStringLength, maxNameLength, maxNumberLength,
                maxProperties, maxDocumentLength);
    }

    /**
     * These settings with another string limit.
     *
     * @param length the longest string accepted, in characters, positive
     * @return the new settings
     * @throws IllegalArgumentException if the length is not positive
     */
    public ReadSettings withMaxStringLength(int length) {
        return new ReadSettings(unknownPropertiesAllowed, maxNestingDepth, length, maxNameLength, maxNumberLength,
                maxProperties, maxDocumentLength);
    }

    /**
     * These settings with another name limit.
     *
     * @param length the longest property or element name accepted, in characters, positive
     * @return the new settings
     * @throws IllegalArgumentException if the length is not positive
     */
    public ReadSettings withMaxNameLength(int length) {
        return new ReadSettings(unknownPropertiesAllowed, maxNestingDepth, maxStringLength, length, maxNumberLength,
                maxProperties, maxDocumentLength);
    }

    /**
     * These settings with another number limit.
     *
     * @param length the longest number accepted, in characters, positive
     * @return the new settings
     * @throws IllegalArgumentException if the length is not positive
     */
    public ReadSettings withMaxNumberLength(int length) {
        return new ReadSettings(unknownPropertiesAllowed, maxNestingDepth, maxStringLength, maxNameLength, length,
                maxProperties, maxDocumentLength);
    }

    /**
     * These settings with another limit on the properties of one object.
     *
     * @param count the most properties one object may have, positive
     * @return the new settings
     * @throws IllegalArgumentException if the count is not positive
     */
    public ReadSettings withMaxProperties(int count) {
        return new ReadSettings(unknownPropertiesAllowed, maxNestingDepth, maxStringLength, maxNameLength,
                maxNumberLength, count, maxDocumentLength);
    }

    /**
     * These settings with another document limit.
     *
     * @param length the longest document accepted, in characters or bytes, positive
     * @return the new settings
     * @throws IllegalArgumentException if the length is not positive
     */
    public ReadSettings withMaxDocumentLength(long length) {
        return new ReadSettings(unknownPropertiesAllowed, maxNestingDepth, maxStringLength, maxNameLength,
                maxNumberLength, maxProperties, length);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
