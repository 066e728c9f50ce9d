/**
 * How {@link org.disputatio.io.json.jackson2.DisputatioJackson2Module} reads and writes, not
 * API: the streaming reader and writer that interpret the shape declarations over Jackson 2's
 * parser and generator, and the paths and locations of errors. Not exported; it may change in
 * any release.
 */
package org.disputatio.io.json.jackson2.internal;
