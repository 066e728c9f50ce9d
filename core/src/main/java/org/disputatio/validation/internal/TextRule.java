package org.disputatio.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * An invariant that looks at nothing but the event's texts (and, if it asks, its other strings).
 * On its own it makes its own pass over them; {@link #checkAll} runs several in a single pass,
 * which is what {@code EventValidator} does: on a large event each pass over thousands of texts
 * costs as much in memory traffic as the checks themselves.
 */
public abstract class TextRule extends EventRule {

    @Override
    public final void check(Event event, Sink sink) {
        checkAll(event, List.of(this), List.of(sink));
    }

    /** What checks this event's texts and reports to the sink; null if there is nothing to check. */
    abstract Texts.Visitor visitor(Event event, Sink sink);

    /**
     * What checks the event's other strings (see {@link Texts.StringVisitor}) in the same pass;
     * null, the default, if the rule reads texts only.
     */
    Texts.StringVisitor stringVisitor(Event event, Sink sink) {
        return null;
    }

    /**
     * Runs each rule, reporting to the sink at the same position, in one pass over the texts.
     *
     * @param event the event whose texts are checked
     * @param rules the rules to run
     * @param sinks where each rule reports, one per rule
     */
    public static void checkAll(Event event, List<TextRule> rules, List<Sink> sinks) {
        List<Texts.Visitor> visitors = new ArrayList<>(rules.size());
        List<Texts.StringVisitor> stringVisitors = new ArrayList<>(1);
        for (int i = 0; i < rules.size(); i++) {
            Texts.Visitor visitor = rules.get(i).visitor(event, sinks.get(i));
            if (visitor != null) {
                visitors.add(visitor);
            }
            Texts.StringVisitor stringVisitor = rules.get(i).stringVisitor(event, sinks.get(i));
            if (stringVisitor != null) {
                stringVisitors.add(stringVisitor);
            }
        }
        if (visitors.isEmpty() && stringVisitors.isEmpty()) {
            return;
        }
        Texts.forEach(event, all(visitors), stringVisitors.isEmpty() ? null
                : stringVisitors.size() == 1 ? stringVisitors.get(0) : allStrings(stringVisitors));
    }

    /** One visitor for several: a text is visited by each that wants it. */
    private static Texts.Visitor all(List<Texts.Visitor> visitors) {
        Texts.Visitor[] all = visitors.toArray(Texts.Visitor[]::new);
        return new Texts.Visitor() {
            @Override
            public boolean wants(LocalizedText text, boolean forReaders) {
                for (Texts.Visitor visitor : all) {
                    if (visitor.wants(text, forReaders)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void visit(PropertyPath path, LocalizedText text, boolean forReaders) {
                for (Texts.Visitor visitor : all) {
                    if (visitor.wants(text, forReaders)) {
                        visitor.visit(path, text, forReaders);
                    }
                }
            }
        };
    }

    /** One string visitor for several: a string is visited by each that wants it. */
    private static Texts.StringVisitor allStrings(List<Texts.StringVisitor> visitors) {
        Texts.StringVisitor[] all = visitors.toArray(Texts.StringVisitor[]::new);
        return new Texts.StringVisitor() {
            @Override
            public boolean wants(String value) {
                for (Texts.StringVisitor visitor : all) {
                    if (visitor.wants(value)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void visit(PropertyPath path, String value) {
                for (Texts.StringVisitor visitor : all) {
                    if (visitor.wants(value)) {
                        visitor.visit(path, value);
                    }
                }
            }
        };
    }
}
