/**
 * Start-up plumbing of the command, not API: {@link org.disputatio.cli.internal.QuietLogging}
 * configures java.util.logging so that the command prints no third-party INFO lines. Exported
 * only to {@code java.logging}, which instantiates it by name.
 */
package org.disputatio.cli.internal;
