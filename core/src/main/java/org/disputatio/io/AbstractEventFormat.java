package org.disputatio.io;

import java.util.List;
import java.util.Objects;

/**
 * What every {@link EventFormat} holds the same way, written once: its name and file extensions,
 * the settings it reads with, and whether it writes indented documents, with the copies that
 * change one of them. A format module extends this and implements reading, writing and the two
 * ways of copying itself ({@link #withReadSettings}, {@link #withPrettyPrinting}).
 *
 * @param <F> the format's own type, which the copies have
 */
public abstract class AbstractEventFormat<F extends AbstractEventFormat<F>> implements EventFormat {

    private final String name;
    private final List<String> fileExtensions;
    private final ReadSettings settings;
    private final boolean pretty;

    /**
     * A format with these properties.
     *
     * @param name the format's name, such as {@code JSON}
     * @param fileExtensions its extensions in lower case without the dot, the usual one first; not empty
     * @param settings the settings it reads with
     * @param pretty whether it writes indented documents
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there is no file extension
     */
    protected AbstractEventFormat(String name, List<String> fileExtensions, ReadSettings settings, boolean pretty) {
        this.name = Objects.requireNonNull(name, "name");
        this.fileExtensions = List.copyOf(fileExtensions);
        if (this.fileExtensions.isEmpty()) {
            throw new IllegalArgumentException(name + ": a format claims at least one file extension");
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pretty = pretty;
    }

    /**
     * This format with other read settings, writing as this one does; called only with settings
     * that differ from this format's.
     *
     * @param settings the settings to read with
     * @return a new format
     */
    protected abstract F withReadSettings(ReadSettings settings);

    /**
     * This format writing indented documents or not, reading as this one does (sharing what was
     * built for reading); called only to change it.
     *
     * @param pretty whether to indent
     * @return a new format
     */
    protected abstract F withPrettyPrinting(boolean pretty);

    /**
     * This format, as its own type.
     *
     * @return {@code this}
     */
    @SuppressWarnings("unchecked")
    protected final F self() {
        return (F) this;
    }

    /**
     * Whether this format writes indented documents.
     *
     * @return true if it does
     */
    protected final boolean isPretty() {
        return pretty;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> fileExtensions() {
        return fileExtensions;
    }

    @Override
    public final ReadSettings settings() {
        return settings;
    }

    /**
     * This format, reading with other settings; writing is unchanged.
     *
     * @param settings the settings to read with
     * @return a format with those settings; this one if they are its own
     * @throws NullPointerException if the settings are null
     */
    @Override
    public final F withSettings(ReadSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return settings.equals(this.settings) ? self() : withReadSettings(settings);
    }

    /**
     * This format, writing without indentation.
     *
     * @return a format that writes compactly; this one if it already does
     */
    @Override
    public final F compact() {
        return pretty ? withPrettyPrinting(false) : self();
    }

    /**
     * This format, writing indented documents for people to read.
     *
     * @return a format that writes indented documents; this one if it already does
     */
    @Override
    public final F pretty() {
        return pretty ? self() : withPrettyPrinting(true);
    }

    @Override
    public String toString() {
        return name + "[" + (pretty ? "pretty" : "compact") + ", " + settings + "]";
    }
}
