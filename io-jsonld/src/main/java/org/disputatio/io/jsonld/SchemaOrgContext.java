package org.disputatio.io.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The local copy of the schema.org JSON-LD context that this module ships, so that a JSON-LD
 * processor can expand our output without the network: give it {@link #open()} (or
 * {@link #text()}) whenever it asks for one of {@link #URLS}. The copy is restricted to the terms
 * the exporter writes, each definition taken verbatim from the schema.org release context (types,
 * {@code @id}s and coercions as schema.org defines them, with its {@code @vocab}), so a document
 * expands with it as with the full one. schema.org is licensed under CC BY-SA 3.0: the licence
 * notice is the resource {@value #NOTICE_RESOURCE} beside the context. The module README says how
 * the copy was made and checked.
 */
public final class SchemaOrgContext {

    /** The classpath resource of the context, in this module's package. */
    public static final String RESOURCE = "/org/disputatio/io/jsonld/schemaorg-context.jsonld";

    /** The classpath resource of the licence notice of the context. */
    public static final String NOTICE_RESOURCE = "/org/disputatio/io/jsonld/schemaorg-context.NOTICE";

    /**
     * The addresses under which documents name the schema.org context, the one our output names
     * ({@code https://schema.org}) first; with and without a trailing slash, http and https.
     */
    public static final Set<String> URLS = Set.of("https://schema.org", "https://schema.org/",
            "http://schema.org", "http://schema.org/");

    private SchemaOrgContext() {
    }

    /**
     * Opens the context.
     *
     * @return a new stream of the context's UTF-8 JSON; the caller closes it
     * @throws UncheckedIOException if the resource is missing from the module
     */
    public static InputStream open() {
        InputStream in = SchemaOrgContext.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the resource " + RESOURCE + " is missing"));
        }
        return in;
    }

    /**
     * The context as text.
     *
     * @return the context's JSON
     * @throws UncheckedIOException if it cannot be read
     */
    public static String text() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
