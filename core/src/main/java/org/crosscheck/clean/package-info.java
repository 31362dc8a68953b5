/** Separating an article's own text from the boilerplate around it, keeping every offset. */
@NullMarked
package org.crosscheck.clean;

import org.jspecify.annotations.NullMarked;
