package org.disputatio.model;

/**
 * A condition an agenda item is held under, as programmes print them: who may attend, and what
 * may be reported or recorded of it. An item may carry several (recorded and live-streamed).
 */
public enum ItemCondition {
    /** What is said may be reported and attributed. */
    ON_THE_RECORD,
    /** What is said may be reported, but not attributed to anyone (the Chatham House Rule). */
    CHATHAM_HOUSE_RULE,
    /** Nothing said may be reported: closed-door. */
    OFF_THE_RECORD,
    /** Streamed live to the public. */
    LIVE_STREAMED,
    /** Recorded, for later publication. */
    RECORDED,
    /** Open only to those invited. */
    BY_INVITATION;

    /**
     * The lower-case, hyphenated code used in documents.
     *
     * @return this condition's code, such as {@code chatham-house-rule}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * The condition with this code, as returned by {@link #code()}.
     *
     * @param code a document code, matched exactly
     * @return the condition with that code
     * @throws IllegalArgumentException if no condition has that code; the message lists the codes
     */
    public static ItemCondition fromCode(String code) {
        return Codes.fromCode(ItemCondition.class, code, "item condition");
    }
}
