package org.disputatio.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress drawn by {@code me.tongfei:progressbar} on one line of standard error, redrawn in
 * place ({@code \r}) and cleared when done. Loaded only when progress is shown. The line is
 * written to the command's error writer, at the width of {@code COLUMNS} when the shell exports
 * it, else 80: the library's own terminal probing (JLine) is never used.
 */
final class ProgressBarDisplay extends Progress {

    /** How often the line is redrawn, in milliseconds. */
    static final int REFRESH_MILLIS = 200;

    private final PrintWriter err;
    private final int width;
    private final ProgressBar bar;

    ProgressBarDisplay(PrintWriter err, long total) {
        this.err = err;
        this.width = width();
        this.bar = new ProgressBarBuilder()
                .setTaskName("Reading events")
                .setInitialMax(total < 0 ? -1 : total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(REFRESH_MILLIS)
                .setUnit(" events", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .clearDisplayOnFinish()
                .setConsumer(new DelegatingProgressBarConsumer(this::draw, width) {
                    @Override
                    public void clear() {
                        erase();
                    }
                })
                .build();
    }

    private static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("[0-9]{2,4}")) {
            return Math.max(40, Integer.parseInt(columns) - 1);
        }
        return 79;
    }

    private void draw(String line) {
        synchronized (err) {
            err.print('\r');
            err.print(line);
            err.flush();
        }
    }

    private void erase() {
        synchronized (err) {
            err.print('\r');
            err.print(" ".repeat(width));
            err.print('\r');
            err.flush();
        }
    }

    @Override
    void clearLine() {
        erase();
    }

    @Override
    void step() {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
        // the library clears the line itself unless it is closed before its first redraw
        erase();
    }
}
