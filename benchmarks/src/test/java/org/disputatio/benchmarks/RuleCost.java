package org.disputatio.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.Rule;

/**
 * What each built-in rule costs on its own, in CPU time of this thread and bytes allocated by it
 * (from {@code com.sun.management.ThreadMXBean}), which other processes on the machine disturb
 * less than wall time: every validation of a payload with all rules ({@code ALL}), with none (the
 * field constraints only, {@code NONE}), and with each rule alone besides the field constraints.
 * Each figure is the smallest over the rounds after the first, per validation.
 *
 * <pre>{@code
 * java -cp "benchmarks/target/test-classes:$(cat benchmarks/target/test-classpath.txt)" \
 *     org.disputatio.benchmarks.RuleCost agenda-10k 30 4
 * }</pre>
 *
 * <p>Arguments: a payload of {@link Payloads#named} (with {@code @json} after it: the payload
 * written as JSON and read back, as a freshly read event), validations per round (300), rounds (4).
 */
public final class RuleCost {

    private RuleCost() {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String payload = args.length > 0 ? args[0] : "agenda-1k";
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Event event = payload.endsWith("@json")
                ? EventJson.defaults().read(Payloads.json(Payloads.named(payload.substring(0, payload.length() - 5))))
                : Payloads.named(payload);

        List<String> names = new ArrayList<>();
        for (Rule rule : EventValidator.english().rules()) {
            names.add(rule.name());
        }
        Map<String, EventValidator> validators = new LinkedHashMap<>();
        validators.put("ALL", EventValidator.english());
        validators.put("NONE", EventValidator.english().without(names.toArray(String[]::new)));
        for (String kept : names) {
            validators.put(kept, EventValidator.english().without(
                    names.stream().filter(name -> !name.equals(kept)).toArray(String[]::new)));
        }

        Map<String, Long> cpu = new LinkedHashMap<>();
        Map<String, Long> allocated = new LinkedHashMap<>();
        Map<String, Integer> findings = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, EventValidator> entry : validators.entrySet()) {
                EventValidator validator = entry.getValue();
                int found = 0;
                long cpu0 = threads.getCurrentThreadCpuTime();
                long allocated0 = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < perRound; i++) {
                    found = validator.validate(event).findings().size();
                }
                long allocated1 = threads.getCurrentThreadAllocatedBytes();
                long cpu1 = threads.getCurrentThreadCpuTime();
                if (round > 0) { // the first round warms up
                    cpu.merge(entry.getKey(), (cpu1 - cpu0) / perRound, Math::min);
                    allocated.merge(entry.getKey(), (allocated1 - allocated0) / perRound, Math::min);
                    findings.put(entry.getKey(), found);
                }
            }
        }
        System.out.printf("%s: CPU time of this thread and bytes it allocated per validation (least of %d rounds of %d)%n",
                payload, rounds - 1, perRound);
        for (String name : validators.keySet()) {
            System.out.printf("%-28s %9.0f us %11d B %6d findings%n", name, cpu.get(name) / 1e3, allocated.get(name),
                    findings.get(name));
        }
    }
}
