/**
 * Events exported as c3voc/frab schedules, the format conference apps read:
 * {@link org.disputatio.io.frab.FrabXmlExporter} ({@code .frab.xml}) and
 * {@link org.disputatio.io.frab.FrabJsonExporter} ({@code .frab.json}), both found through
 * {@link org.disputatio.io.EventExporters}. Each export returns a report of what frab cannot carry.
 */
package org.disputatio.io.frab;
