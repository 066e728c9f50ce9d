/**
 * How {@link org.disputatio.io.json.EventJson} reads and writes, not API: the hand-written
 * streaming reader and writer of the format, JSON Lines splitting, UTF-8 checking and error
 * locations. Not exported; it may change in any release.
 */
package org.disputatio.io.json.internal;
