package org.disputatio.model;

import java.util.Locale;

/** The document codes of the model's enums: lower case, hyphens for underscores ({@code end-of-day}). */
final class Codes {
    private Codes() {
    }

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant with this code.
     *
     * @throws IllegalArgumentException naming the vocabulary and the codes it accepts
     */
    static <E extends Enum<E>> E fromCode(E[] constants, String code, String vocabulary) {
        for (E constant : constants) {
            if (code(constant).equals(code)) {
                return constant;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E constant : constants) {
            known.append(known.length() == 0 ? "" : ", ").append(code(constant));
        }
        throw new IllegalArgumentException("unknown " + vocabulary + " '" + code + "' (expected one of: " + known + ")");
    }
}
