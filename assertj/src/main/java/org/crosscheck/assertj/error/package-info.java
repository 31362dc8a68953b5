/**
 * One failure message factory per kind of failure, laid out the way AssertJ lays out its own
 * messages: what was under test, what was expected, and what was found, each finding with its
 * explanation and every claim's quote, source and span.
 */
@NullMarked
package org.crosscheck.assertj.error;

import org.jspecify.annotations.NullMarked;
