/** Internals of claim extraction: lexicons, tree navigation and clause assembly. Not API. */
@NullMarked
package org.crosscheck.claim.internal;

import org.jspecify.annotations.NullMarked;
