/**
 * Events as JSON for Jackson 2 mappers ({@code com.fasterxml.jackson}):
 * {@link org.disputatio.io.json.jackson2.DisputatioJackson2Module} is a Jackson 2
 * {@code Module}, found by {@code ObjectMapper.findAndRegisterModules()}, after which
 * {@code mapper.readValue(json, Event.class)} and {@code mapper.writeValueAsString(event)} read
 * and write an {@link org.disputatio.model.Event} in Disputatio's JSON format. The format is the
 * one of the module {@code org.disputatio.io.json} (which is built on Jackson 3 and is not needed
 * here), declared once in {@link org.disputatio.io.shape.Shapes}; errors are Jackson's
 * {@code MismatchedInputException}s naming the reason, the path of the value, its line and
 * column. Reading checks the format only; {@link org.disputatio.validation.EventValidator} finds
 * what a well-formed document gets wrong.
 */
package org.disputatio.io.json.jackson2;
