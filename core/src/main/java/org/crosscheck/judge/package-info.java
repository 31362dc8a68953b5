/**
 * Judging aligned claims: which claims from different sources agree, which conflict, and how,
 * each with a one-line explanation.
 */
@NullMarked
package org.crosscheck.judge;

import org.jspecify.annotations.NullMarked;
