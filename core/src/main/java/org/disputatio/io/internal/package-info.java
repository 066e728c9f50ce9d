/**
 * The value syntax every document format shares: {@link org.disputatio.io.internal.ValueSyntax}
 * reads and checks codes, dates, times, time zones and the characters a document may hold the
 * same way in every format.
 *
 * <p>Not API: exported only to the format modules {@code org.disputatio.io.json},
 * {@code org.disputatio.io.json.jackson2} and {@code org.disputatio.io.xml}, and free to change
 * in any release.
 */
package org.disputatio.io.internal;
