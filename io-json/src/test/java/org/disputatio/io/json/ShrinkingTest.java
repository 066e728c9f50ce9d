package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Shrinking works on the testkit's generated events: a deliberately failing property
 * ({@link ShrinkingDemo}) shrinks to a small event, one day of three items at most with the few
 * people they need, and that event is the one the testkit README shows.
 */
class ShrinkingTest {

    @Test
    void aFailingPropertyShrinksToASmallReadableEvent() throws IOException {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ShrinkingDemo.class))
                .configurationParameter("jqwik.reporting.onlyfailures", "true")
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        List<TestExecutionSummary.Failure> failures = listener.getSummary().getFailures();
        assertEquals(1, failures.size(), "the demo property fails once");
        String json = failures.get(0).getException().getMessage();
        Event shrunk = EventJson.defaults().read(json);
        assertEquals(1, shrunk.programme().days().size(), json);
        long items = shrunk.programme().items().count();
        assertTrue(items <= 3, () -> items + " items: " + json);
        assertTrue(shrunk.people().size() <= 2, json);
        String readme = Files.readString(Path.of("../testkit/README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```json\n" + json.strip() + "\n```"),
                () -> "testkit/README.md must show the shrunk event:\n" + json);
    }
}
