package org.disputatio.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * An invariant that looks at nothing but the event's texts. On its own it makes its own pass
 * over them; {@link #checkAll} runs several in a single pass, which is what {@code EventValidator}
 * does: on a large event each pass over thousands of texts costs as much in memory traffic as
 * the checks themselves.
 */
public abstract class TextRule extends EventRule {

    @Override
    public final void check(Event event, Sink sink) {
        checkBesideTexts(event, sink);
        Texts.Visitor visitor = visitor(event, sink);
        if (visitor != null) {
            Texts.forEach(event, visitor);
        }
    }

    /**
     * What the rule checks besides the texts, in its own pass; nothing by default.
     *
     * @param event the event
     * @param sink where problems go
     */
    void checkBesideTexts(Event event, Sink sink) {
    }

    /** What checks this event's texts and reports to the sink; null if there is nothing to check. */
    abstract Texts.Visitor visitor(Event event, Sink sink);

    /**
     * Runs each rule, reporting to the sink at the same position, in one pass over the texts.
     *
     * @param event the event whose texts are checked
     * @param rules the rules to run
     * @param sinks where each rule reports, one per rule
     */
    public static void checkAll(Event event, List<TextRule> rules, List<Sink> sinks) {
        List<Texts.Visitor> visitors = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).checkBesideTexts(event, sinks.get(i));
            Texts.Visitor visitor = rules.get(i).visitor(event, sinks.get(i));
            if (visitor != null) {
                visitors.add(visitor);
            }
        }
        if (visitors.isEmpty()) {
            return;
        }
        Texts.Visitor[] all = visitors.toArray(Texts.Visitor[]::new);
        Texts.forEach(event, new Texts.Visitor() {
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
        });
    }
}
