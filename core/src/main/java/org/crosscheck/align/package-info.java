/** Aligning claims: grouping claims from different sources that state the same fact. */
@NullMarked
package org.crosscheck.align;

import org.jspecify.annotations.NullMarked;
