package org.disputatio.io.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what Jackson's parser found wrong in the library's own words: what was expected and what
 * was found, and which {@link org.disputatio.io.ReadSettings} limit was exceeded, never a Jackson
 * feature, class or internal offset ({@code Feature 'ALLOW_COMMENTS' not enabled},
 * {@code StreamReadConstraints.getMaxNestingDepth()}, {@code byte #-1}). A message it does not
 * recognise keeps its first sentence, without the parts that name Jackson's internals.
 */
final class ParserWording {

    private ParserWording() {
    }

    private static final String VALUE = "a value (a string, a number, an object, an array, true, false or null)";

    /** A pattern of Jackson's whole message and how to say it; $1, $2 … in the wording stand for its groups. */
    private record Rule(Pattern pattern, String wording) {
        Rule(String regex, String wording) {
            this(Pattern.compile(regex, Pattern.DOTALL), wording);
        }

        /** The wording with the groups of a message this rule matches, or null if it does not match. */
        String apply(String message) {
            Matcher matcher = pattern.matcher(message);
            if (!matcher.matches()) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < wording.length(); i++) {
                char c = wording.charAt(i);
                if (c == '$' && i + 1 < wording.length() && Character.isDigit(wording.charAt(i + 1))) {
                    out.append(matcher.group(wording.charAt(++i) - '0'));
                } else if (c == '#' && i + 1 < wording.length() && Character.isDigit(wording.charAt(i + 1))) {
                    // #n: group n, a decimal character code, as U+XXXX
                    out.append(String.format(java.util.Locale.ROOT, "U+%04X",
                            Integer.parseInt(matcher.group(wording.charAt(++i) - '0'))));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    private static final Rule[] RULES = {
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): maybe a \\(non-standard\\) comment\\?.*",
                "comments are not allowed in JSON (found '$1')"),
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting double-quote to start "
                + "(?:field|property) name.*", "expected a property name in double quotes, got '$1'"),
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting comma to separate Object "
                + "entries.*", "expected ',' or '}' after a property, got '$1'"),
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting comma to separate Array "
                + "entries.*", "expected ',' or ']' after an array element, got '$1'"),
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting a colon to separate .*",
                "expected ':' after the property name, got '$1'"),
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): expected a valid value.*",
                "expected " + VALUE + ", got '$1'"),
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\) in numeric value: (.*?)(?:, for valid "
                + "numeric value)?", "not a number: $2, got '$1'"),
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): expected a hex-digit .*",
                "a \\u escape takes four hex digits, got '$1'"),
        new Rule("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\).*", "unexpected character '$1'"),
        new Rule("Unrecognized token '(.*?)': was expecting .*", "expected " + VALUE + ", got '$1'"),
        new Rule("Non-standard token '(.*?)'.*", "'$1' is not a JSON value"),
        new Rule("Unexpected end-of-input: expected close marker for Object.*",
                "the input ends inside an object: '}' is missing"),
        new Rule("Unexpected end-of-input: expected close marker for Array.*",
                "the input ends inside an array: ']' is missing"),
        new Rule("Unexpected end-of-input(?: in (?:VALUE_STRING|a String value)|: was expecting closing quote).*",
                "the input ends inside a string"),
        new Rule("Unexpected end-of-input in (?:field|property) name.*", "the input ends inside a property name"),
        new Rule("Unexpected end-of-input.*", "the input ends too early"),
        new Rule("Unexpected close marker '(.)'.*", "unexpected '$1': nothing is open to close"),
        new Rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                "a control character (#1) must be escaped in a JSON string"),
        new Rule("Unrecognized character escape '(.{1,2})'.*", "'\\$1' is not a JSON escape"),
        new Rule("Invalid UTF-8 middle byte (0x[0-9a-fA-F]+).*",
                "Invalid UTF-8: byte $1 cannot continue a multi-byte character"),
        new Rule("Invalid UTF-8 start byte (0x[0-9a-fA-F]+).*", "Invalid UTF-8: byte $1 cannot start a character"),
        new Rule("(?:Invalid numeric value: )?(?:Invalid leading zeroes|Leading zeroes not allowed).*",
                "a JSON number has no leading zeroes"),
        new Rule("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                "nesting depth $1 exceeds the limit maxNestingDepth ($2)"),
        new Rule("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                "String value length $1 exceeds the limit maxStringLength ($2)"),
        new Rule("Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                "Name length $1 exceeds the limit maxNameLength ($2)"),
        new Rule("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                "Number value length $1 exceeds the limit maxNumberLength ($2)"),
        new Rule("Document length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                "Document length $1 exceeds the limit maxDocumentLength ($2)"),
        new Rule("Duplicate (?:Object )?(?:property|field) \"(.*)\".*", "Duplicate property \"$1\""),
    };

    /** Jackson's internals, cut from a message no rule recognises. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\s*(\\(from `[^`]*`\\)|, from `[^`]*`|\\(at char #\\d+, byte #-?\\d+\\)|\\(for [A-Za-z.]*Parser\\)"
                    + "|\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\))");

    /**
     * The reason to report for a message of Jackson's parser.
     *
     * @param jackson the parser's message, without its location
     * @return the reason in the library's words
     */
    static String reword(String jackson) {
        String message = firstLine(jackson);
        for (Rule rule : RULES) {
            String reworded = rule.apply(message);
            if (reworded != null) {
                return reworded;
            }
        }
        String cut = INTERNALS.matcher(message).replaceAll("");
        return cut.isBlank() ? message : cut.strip();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
