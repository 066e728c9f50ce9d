package org.disputatio.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JMH run's JSON results (and the launcher's cold-start timings) into the table of
 * ratios that BENCHMARKS.md records: each ratio with its error, its goal, and whether it is met.
 *
 * <p>Every "A ÷ B" speed ratio is how many times faster A is than B (B's time over A's time),
 * so higher is better; time, allocation and scaling ratios say so in their name. The error of
 * a ratio combines the two scores' relative errors (JMH's 99.9 % confidence half-widths) in
 * quadrature; it is unknown ({@code ±?}) when a score has too few iterations for JMH to give one.
 *
 * <p>Usage: {@code Report RESULTS.json [COLD_START.tsv]}; prints Markdown on standard output.
 */
public final class Report {

    private static final String PACKAGE = "org.disputatio.benchmarks.";
    private final Map<String, Score> scores = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private int missed;

    /** A score with its error, unit and allocation per operation (bytes, NaN if not profiled). */
    record Score(double value, double error, String unit, double allocation) {
        double relativeError() {
            return error / value;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Report RESULTS.json [COLD_START.tsv]");
            System.exit(2);
        }
        Report report = new Report();
        report.load(Path.of(args[0]));
        Map<String, double[]> coldStart = args.length == 2 ? coldStart(Path.of(args[1])) : Map.of();
        report.print(System.out, coldStart);
    }

    private void load(Path results) throws IOException {
        JsonNode root = Mappers.PLAIN.readTree(Files.readString(results, StandardCharsets.UTF_8));
        for (JsonNode run : root) {
            String name = run.get("benchmark").asString().replace(PACKAGE, "");
            StringBuilder key = new StringBuilder(name);
            JsonNode params = run.get("params");
            if (params != null) {
                params.properties().forEach(param -> key.append(' ').append(param.getValue().asString()));
            }
            JsonNode primary = run.get("primaryMetric");
            double allocation = Double.NaN;
            JsonNode secondary = run.get("secondaryMetrics");
            if (secondary != null) {
                for (var metric : secondary.properties()) {
                    if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                        allocation = metric.getValue().get("score").asDouble();
                    }
                }
            }
            scores.put(key.toString(), new Score(primary.get("score").asDouble(), number(primary.get("scoreError")),
                    primary.get("scoreUnit").asString(), allocation));
        }
    }

    private static double number(JsonNode node) {
        return node == null || !node.isNumber() ? Double.NaN : node.asDouble();
    }

    /** Cold-start medians by command: {@code name \t wall seconds \t cpu seconds}. */
    private static Map<String, double[]> coldStart(Path tsv) throws IOException {
        Map<String, double[]> medians = new java.util.LinkedHashMap<>();
        if (!Files.exists(tsv)) {
            return medians;
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length == 3) {
                medians.put(cells[0], new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
            }
        }
        return medians;
    }

    private void print(PrintStream out, Map<String, double[]> coldStart) {
        String[] payloads = {"unesco", "agenda-1k", "agenda-1k-intl"};
        for (String payload : payloads) {
            faster("1", "EventJson read ÷ plain Jackson records", payload, "ReadBenchmarks.eventJson",
                    "ReadBenchmarks.jacksonRecords", 1.3);
        }
        for (String payload : payloads) {
            atMost("2", "token scan ÷ EventJson read (speed)", payload, speed("ReadBenchmarks.tokenScan",
                    "ReadBenchmarks.eventJson", payload), 3);
        }
        for (String payload : payloads) {
            faster("3", "EventXml read ÷ EventJson read", payload, "ReadBenchmarks.eventXml", "ReadBenchmarks.eventJson",
                    0.5);
        }
        for (String payload : payloads) {
            faster("4", "EventJson read ÷ ical4j (same agenda as .ics)", payload, "ReadBenchmarks.eventJson",
                    "ReadBenchmarks.ical4j", 20);
            faster("4", "EventJson read ÷ biweekly (same agenda as .ics)", payload, "ReadBenchmarks.eventJson",
                    "ReadBenchmarks.biweekly", 7);
        }
        for (String payload : payloads) {
            faster("5", "(read + validate) ÷ read", payload, "ReadBenchmarks.eventJsonAndValidate",
                    "ReadBenchmarks.eventJson", 0.7);
        }
        atMost("6", "validate 10,000 items ÷ 1,000 items (time)", "agenda-10k / agenda-1k",
                time("ValidateBenchmarks.validate agenda-10k", "ValidateBenchmarks.validate agenda-1k"), 12);
        for (String payload : payloads) {
            faster("7", "EventJson write ÷ plain Jackson write", payload, "WriteBenchmarks.eventJson",
                    "WriteBenchmarks.jacksonRecords", 1.3);
        }
        for (String payload : payloads) {
            atMost("8", "allocation per read: EventJson ÷ plain Jackson", payload,
                    allocation("ReadBenchmarks.eventJson " + payload, "ReadBenchmarks.jacksonRecords " + payload), 1.0);
        }
        atMost("9", "JSON Lines, -Xmx64m: 100,000 ÷ 10,000 events (time)", "small events",
                time("JsonLinesBenchmarks.eventJsonReadLines 100000", "JsonLinesBenchmarks.eventJsonReadLines 10000"),
                11);
        for (String events : new String[] {"10000", "100000"}) {
            atLeast("9", "JSON Lines: readLines ÷ Jackson MappingIterator", events + " small events",
                    speed("JsonLinesBenchmarks.eventJsonReadLines " + events,
                            "JsonLinesBenchmarks.jacksonMappingIterator " + events), 1.0);
        }
        coldStart.forEach((command, medians) -> {
            boolean met = medians[0] <= 0.25;
            missed += met ? 0 : 1;
            rows.add(new String[] {"10", "cold start, median wall (CPU)", command,
                "≤ 0.25 s", String.format(Locale.ROOT, "%.3f s (%.3f s CPU)", medians[0], medians[1]),
                met ? "met" : "**not met**"});
        });

        out.println("| # | ratio | payload | goal | measured | |");
        out.println("| --- | --- | --- | --- | --- | --- |");
        for (String[] row : rows) {
            out.println("| " + String.join(" | ", row) + " |");
        }
        out.println();
        out.println(missed == 0 ? "Every goal measured is met." : missed + " of the goals measured are not met.");
        out.println();
        out.println("Absolute scores (JMH's error is the 99.9 % confidence half-width; allocation from -prof gc):");
        out.println();
        out.println("| benchmark | parameter | score | allocation per op |");
        out.println("| --- | --- | --- | --- |");
        scores.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String[] key = entry.getKey().split(" ", 2);
            Score s = entry.getValue();
            out.println(String.format(Locale.ROOT, "| %s | %s | %s ± %s %s | %s |", key[0], key.length > 1 ? key[1] : "",
                    format(s.value()), format(s.error()), s.unit(),
                    Double.isNaN(s.allocation()) ? "" : String.format(Locale.ROOT, "%,.0f B", s.allocation())));
        });
    }

    /** A ratio and its error, or null when a score is missing. */
    private record Ratio(double value, double error) {
    }

    /** How many times faster {@code a} is than {@code b}: b's time over a's. */
    private Ratio speed(String a, String b, String payload) {
        return time(b + " " + payload, a + " " + payload);
    }

    private Ratio speed(String a, String b) {
        return time(b, a);
    }

    /** a's time over b's time. */
    private Ratio time(String a, String b) {
        Score x = scores.get(a);
        Score y = scores.get(b);
        if (x == null || y == null) {
            return null;
        }
        double value = x.value() / y.value();
        return new Ratio(value, value * Math.hypot(x.relativeError(), y.relativeError()));
    }

    private Ratio allocation(String a, String b) {
        Score x = scores.get(a);
        Score y = scores.get(b);
        if (x == null || y == null || Double.isNaN(x.allocation()) || Double.isNaN(y.allocation())) {
            return null;
        }
        return new Ratio(x.allocation() / y.allocation(), 0);
    }

    private void faster(String number, String what, String payload, String a, String b, double goal) {
        atLeast(number, what, payload, speed(a, b, payload), goal);
    }

    private void atLeast(String number, String what, String payload, Ratio ratio, double goal) {
        add(number, what, payload, ratio, "≥ " + format(goal), ratio != null && ratio.value() >= goal);
    }

    private void atMost(String number, String what, String payload, Ratio ratio, double goal) {
        add(number, what, payload, ratio, "≤ " + format(goal), ratio != null && ratio.value() <= goal);
    }

    private void add(String number, String what, String payload, Ratio ratio, String goal, boolean met) {
        String measured;
        if (ratio == null) {
            measured = "not measured";
        } else if (ratio.error() == 0) {
            measured = format(ratio.value());
        } else {
            measured = format(ratio.value()) + " ± " + (Double.isNaN(ratio.error()) ? "?" : format(ratio.error()));
        }
        if (ratio != null && !met) {
            missed++;
        }
        rows.add(new String[] {number, what, payload, goal, measured, ratio == null ? "" : met ? "met" : "**not met**"});
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "?";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
