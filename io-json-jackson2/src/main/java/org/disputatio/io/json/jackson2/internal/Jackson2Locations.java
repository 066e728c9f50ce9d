package org.disputatio.io.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import org.disputatio.io.EventReadException;

/**
 * Paths of JSON values in the property-path style validation uses
 * ({@code programme.days[0].items[3].start}), and the location and path an
 * {@link EventReadException} reports, from Jackson 2's contexts and locations.
 */
public final class Jackson2Locations {
    private Jackson2Locations() {
    }

    /**
     * The path of the current value of a read or write context.
     *
     * @param current the context, or null
     * @return the path, "" at the root
     */
    public static String path(JsonStreamContext current) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext context = current; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                segments.addFirst("." + context.getCurrentName());
            } else if (context.inArray() && context.hasCurrentIndex()) {
                segments.addFirst("[" + context.getCurrentIndex() + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        segments.forEach(path::append);
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    /**
     * An error at the parser's current token.
     *
     * @param parser the parser, at the offending token
     * @param reason what is wrong
     * @return the exception, with the token's line, column and path and no source name
     */
    public static EventReadException error(JsonParser parser, String reason) {
        JsonLocation location = parser.currentTokenLocation();
        return EventReadException.at(reason, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()),
                path(parser.getParsingContext()));
    }

    /**
     * A failure of the JSON parser itself (malformed input, a limit exceeded, a duplicate
     * property), where it happened, in Jackson's words.
     *
     * @param e Jackson's exception
     * @param parser the parser that failed
     * @return the exception, with the first line of Jackson's message as reason and no source name
     */
    public static EventReadException fromParser(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = failureLocation(e, parser);
        String reason = e.getOriginalMessage();
        if (reason == null || reason.isBlank()) {
            reason = e.getClass().getSimpleName();
        }
        int newline = reason.indexOf('\n');
        reason = (newline < 0 ? reason : reason.substring(0, newline)).strip();
        return EventReadException.at(reason, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()),
                path(parser.getParsingContext()), e);
    }

    /**
     * Where the parser failed: the location of its exception, or, for one without (a limit
     * exceeded may come without), the parser's current location.
     *
     * @param e Jackson's exception
     * @param parser the parser that failed
     * @return the location
     */
    public static JsonLocation failureLocation(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() <= 0 ? parser.currentLocation() : location;
    }
}
