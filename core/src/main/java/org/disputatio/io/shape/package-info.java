/**
 * The format shape of the model, declared once for every format: for each model type, its
 * properties in document order, which are required, and how each value is spelled.
 *
 * <ul>
 *   <li>{@link org.disputatio.io.shape.Shapes} — the declarations, one {@link org.disputatio.io.shape.Shape}
 *       per model type, rooted at {@link org.disputatio.io.shape.Shapes#EVENT}.</li>
 *   <li>{@link org.disputatio.io.shape.Shape} and {@link org.disputatio.io.shape.Property} — what a
 *       declaration is made of; {@link org.disputatio.io.shape.Values} — what a reader found for one
 *       object, from which its shape builds it.</li>
 *   <li>{@link org.disputatio.io.shape.ValueType} — the four kinds of value a format interprets
 *       (scalar, localized text, object, list); {@link org.disputatio.io.shape.Scalars} — the scalars
 *       and their spelling.</li>
 * </ul>
 *
 * <p>For format authors: a reader and a writer that interpret these four kinds handle every
 * property of the model, including properties added later.
 */
package org.disputatio.io.shape;
