package org.disputatio.benchmarks;

import java.util.concurrent.TimeUnit;
import org.disputatio.model.Event;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Validating a valid event of 1,000 and of 10,000 items: how validation scales. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidateBenchmarks {

    @Param({"agenda-1k", "agenda-10k"})
    public String payload;

    private Event event;
    private final EventValidator validator = EventValidator.english();

    @Setup
    public void setUp() {
        event = Payloads.named(payload);
        ValidationReport report = validator.validate(event);
        if (!report.isValid()) {
            throw new IllegalStateException("the payload should be valid:\n" + report.toText());
        }
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(event);
    }
}
