/**
 * The value syntax every document format shares: {@link org.disputatio.io.internal.ValueSyntax}
 * reads and checks codes, dates, times and time zones the same way in JSON and in XML.
 *
 * <p>Not API: exported only to the format modules {@code org.disputatio.io.json} and
 * {@code org.disputatio.io.xml}, and free to change in any release.
 */
package org.disputatio.io.internal;
