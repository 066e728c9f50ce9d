/**
 * Events exported as schema.org JSON-LD, what search engines read in a web page:
 * {@link org.disputatio.io.jsonld.JsonLdExporter} ({@code .jsonld}, found through
 * {@link org.disputatio.io.EventExporters}), and {@link org.disputatio.io.jsonld.SchemaOrgContext},
 * the local copy of the schema.org context that JSON-LD processors can be given instead of the
 * network. Each export returns a report of what schema.org cannot carry.
 */
package org.disputatio.io.jsonld;
