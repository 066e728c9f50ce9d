package org.disputatio.cli;

import java.io.PrintWriter;

/**
 * Progress of a command over a corpus, on standard error: events read so far, out of how many
 * when that is known. Shown only when the {@link ProgressPolicy} says so; otherwise nothing is
 * written and no class of the progress bar library is loaded.
 */
abstract class Progress implements AutoCloseable {

    /** Progress that shows nothing. */
    static final Progress NONE = new Progress() {
        @Override
        void step() {
        }

        @Override
        void clearLine() {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Progress over events read, as this process's {@link ProgressPolicy#system() policy} decides.
     *
     * @param err where it is shown
     * @param total how many events there are, or a negative number when that is not known
     * @param writesToStdoutMeanwhile whether the command writes to standard output while reading
     */
    static Progress over(PrintWriter err, long total, boolean writesToStdoutMeanwhile) {
        return over(ProgressPolicy.system(), err, total, writesToStdoutMeanwhile);
    }

    /** As {@link #over(PrintWriter, long, boolean)}, under this policy. */
    static Progress over(ProgressPolicy policy, PrintWriter err, long total, boolean writesToStdoutMeanwhile) {
        if (!policy.shows(writesToStdoutMeanwhile)) {
            return NONE;
        }
        return new ProgressBarDisplay(err, total);
    }

    /** One more event read. */
    abstract void step();

    /** Clears the progress line, so that a line written next on standard error starts clean; it is redrawn later. */
    abstract void clearLine();

    /** Stops showing progress and clears its line. */
    @Override
    public abstract void close();
}
