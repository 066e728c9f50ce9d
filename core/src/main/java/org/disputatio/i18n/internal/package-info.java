/**
 * Internal: how Disputatio's modules put their words in English and French ({@code .properties}
 * bundles, named template parameters). Exported to Disputatio's own modules only; not API.
 */
package org.disputatio.i18n.internal;
