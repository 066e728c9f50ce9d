package org.disputatio.io.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.TokenStreamContext;

/** Paths of JSON values in the property-path style validation uses: {@code programme.days[0].items[3].start}. */
final class JsonPaths {
    private JsonPaths() {
    }

    /** The path of the current value of a read or write context; "" at the root. */
    static String path(TokenStreamContext current) {
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext context = current; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inObject() && context.currentName() != null) {
                segments.addFirst("." + context.currentName());
            } else if (context.inArray() && context.hasCurrentIndex()) {
                segments.addFirst("[" + context.getCurrentIndex() + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        segments.forEach(path::append);
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
}
