/** Small helpers shared by the stages. Not API. */
@NullMarked
package org.crosscheck.internal;

import org.jspecify.annotations.NullMarked;
