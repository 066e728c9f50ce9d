package org.disputatio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The order of paths in a report is what it was when numbers were compared through regexes. */
class ValidationReportProperties {

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("ab.[]0129").ofMaxLength(12);
    }

    @Property(tries = 3000)
    void comparesPathsAsBefore(@ForAll("paths") String a, @ForAll("paths") String b) {
        assertEquals(Integer.signum(previousComparePaths(a, b)), Integer.signum(ValidationReport.comparePaths(a, b)),
                () -> a + " vs " + b);
    }

    /** ValidationReport.comparePaths as it was, with a regex per run of digits. */
    private static int previousComparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(numberA.length(), numberB.length());
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = numberA.compareTo(numberB);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
