/** Internals of alignment: the comparable facts of a claim and the predicate concepts. Not API. */
@NullMarked
package org.crosscheck.align.internal;

import org.jspecify.annotations.NullMarked;
