/**
 * How {@link org.disputatio.io.xml.EventXml} reads and writes, not API: the streaming reader and
 * writer of the format over StAX, and the format's namespace. Not exported; it may change in any
 * release.
 */
package org.disputatio.io.xml.internal;
