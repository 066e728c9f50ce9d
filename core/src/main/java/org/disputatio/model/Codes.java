package org.disputatio.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The document codes of the model's enums: lower case, hyphens for underscores ({@code end-of-day}).
 * Each enum's codes are computed once and looked up by hash, since readers and writers ask for
 * one per value.
 */
final class Codes {

    /** Per enum type: the codes by ordinal, and the constants by code. */
    private record Vocabulary(String[] codes, Map<String, Enum<?>> byCode) {
    }

    private static final ClassValue<Vocabulary> VOCABULARIES = new ClassValue<>() {
        @Override
        protected Vocabulary computeValue(Class<?> type) {
            Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
            String[] codes = new String[constants.length];
            Map<String, Enum<?>> byCode = new HashMap<>(constants.length * 2);
            for (Enum<?> constant : constants) {
                codes[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
                byCode.put(codes[constant.ordinal()], constant);
            }
            return new Vocabulary(codes, byCode);
        }
    };

    private Codes() {
    }

    static String code(Enum<?> constant) {
        return VOCABULARIES.get(constant.getDeclaringClass()).codes()[constant.ordinal()];
    }

    /**
     * The constant with this code.
     *
     * @throws IllegalArgumentException naming the vocabulary and the codes it accepts
     */
    static <E extends Enum<E>> E fromCode(Class<E> type, String code, String vocabulary) {
        Vocabulary known = VOCABULARIES.get(type);
        Enum<?> constant = known.byCode().get(code);
        if (constant != null) {
            return type.cast(constant);
        }
        throw new IllegalArgumentException("unknown " + vocabulary + " '" + code + "' (expected one of: "
                + String.join(", ", known.codes()) + ")");
    }
}
