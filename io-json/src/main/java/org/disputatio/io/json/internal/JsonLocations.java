package org.disputatio.io.json.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import org.disputatio.io.EventReadException;

/** Turns a parser's position into the location and path an {@link EventReadException} reports. */
public final class JsonLocations {
    private JsonLocations() {
    }

    /**
     * The path of the current value, in the property-path style validation uses:
     * {@code programme.days[0].items[3].start}. Computed only when an error is reported.
     *
     * @param parser the parser, at the value concerned
     * @return the path, "" at the root
     */
    public static String path(JsonParser parser) {
        return JsonPaths.path(parser.streamReadContext());
    }

    /**
     * An error at the parser's current token.
     *
     * @param parser the parser, at the offending token
     * @param reason what is wrong
     * @param cause the underlying failure, or null
     * @return the exception, with the token's line, column and path and no source name
     */
    public static EventReadException error(JsonParser parser, String reason, Throwable cause) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return EventReadException.at(reason, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()),
                path(parser), cause);
    }

    /**
     * A failure of the JSON parser itself (malformed input, a limit exceeded), where it happened.
     *
     * @param e Jackson's exception
     * @param parser the parser that failed, or null if it could not be created
     * @return the exception, with Jackson's message {@linkplain ParserWording reworded} as reason and no source name
     */
    public static EventReadException fromJackson(JacksonException e, JsonParser parser) {
        TokenStreamLocation location = e.getLocation();
        if ((location == null || location.getLineNr() <= 0) && parser != null) {
            // limit violations (StreamConstraintsException) come without a location: the parser knows it
            location = parser.currentLocation();
        }
        long line = location == null ? 0 : Math.max(0, location.getLineNr());
        long column = location == null ? 0 : Math.max(0, location.getColumnNr());
        String path = parser == null ? "" : path(parser);
        String reason = e.getOriginalMessage();
        if (reason == null || reason.isBlank()) {
            reason = e.getClass().getSimpleName();
        }
        return EventReadException.at(ParserWording.reword(reason), line, column, path, e);
    }
}
