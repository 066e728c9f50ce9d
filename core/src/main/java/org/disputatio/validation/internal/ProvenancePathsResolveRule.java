package org.disputatio.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputatio.io.shape.PropertyPaths;
import org.disputatio.io.shape.Shapes;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;

/**
 * Checks the rule {@code provenance-paths-resolve}: the path of every claim and editorial note
 * names a place in the event, as {@link PropertyPaths} resolves it. Each property must be one the
 * object's {@link Shapes shape} declares (a misspelt {@code titel} is found), {@code [n]},
 * {@code [id]} and {@code [*]} may follow only a list, an index must be within the list, an id
 * must be the id (or code) of one of its elements, and {@code items[id]} at the start must name
 * an agenda item of the programme. A declared property that this event leaves out is a place all
 * the same: a note may say that the source gives no end time. After a localized text, one more
 * segment names a language ({@code title.fr}).
 */
public final class ProvenancePathsResolveRule extends EventRule {

    @Override
    public void check(Event event, Sink violations) {
        PropertyPaths paths = null; // only for an event with provenance paths
        PropertyPath provenance = PropertyPath.root().property("provenance");
        List<Claim> claims = event.provenance().claims();
        for (int i = 0; i < claims.size(); i++) {
            String path = claims.get(i).path();
            if (path != null && !path.isBlank()) {
                paths = paths == null ? PropertyPaths.of(event) : paths;
                report(paths, path, provenance.element("claims", i).property("path"), violations);
            }
        }
        List<EditorialNote> notes = event.provenance().notes();
        for (int i = 0; i < notes.size(); i++) {
            String path = notes.get(i).path();
            if (path != null && !path.isEmpty()) { // "" is the event as a whole
                paths = paths == null ? PropertyPaths.of(event) : paths;
                report(paths, path, provenance.element("notes", i).property("path"), violations);
            }
        }
    }

    /** Reports why the path names nothing, if it does not, with the id it most likely meant. */
    private static void report(PropertyPaths paths, String path, PropertyPath at, Sink violations) {
        paths.problem(path).ifPresent(problem -> {
            List<Object> parameters = new ArrayList<>();
            parameters.add("path");
            parameters.add(path);
            for (Map.Entry<String, Object> argument : problem.arguments().entrySet()) {
                parameters.add(argument.getKey());
                parameters.add(argument.getValue());
            }
            String key = "ProvenancePathsResolve." + problem.key();
            if (!problem.candidates().isEmpty()) {
                String suggestion = Suggestions.closest(String.valueOf(problem.arguments().get("id")),
                        problem.candidates());
                if (suggestion != null) {
                    key += ".didYouMean";
                    parameters.add("suggestion");
                    parameters.add(suggestion);
                }
            }
            violations.add(at, key, parameters.toArray());
        });
    }
}
