package org.disputatio.validation.internal;

/**
 * "Did you mean …?": the known name closest to a misspelt one, when one is close enough to be
 * the likely intent (an edit distance of at most a third of its length, and at most 3).
 */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The known name closest to the given one, if it is close enough.
     *
     * @param given the name that matched nothing
     * @param known the names that exist
     * @return the closest, or null if none is close enough (or several are equally close)
     */
    static String closest(String given, Iterable<String> known) {
        int limit = Math.min(3, Math.max(1, given.length() / 3));
        String best = null;
        int bestDistance = limit + 1;
        boolean tie = false;
        for (String candidate : known) {
            if (candidate == null || Math.abs(candidate.length() - given.length()) > limit) {
                continue;
            }
            int distance = distance(given, candidate, bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && best != null && !best.equals(candidate)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The Levenshtein distance of two strings, case-insensitively; stops counting past {@code cap}. */
    private static int distance(String a, String b, int cap) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            char ca = Character.toLowerCase(a.charAt(i - 1));
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > cap) {
                return rowMinimum;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
