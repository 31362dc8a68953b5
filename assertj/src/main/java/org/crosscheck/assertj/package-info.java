/**
 * AssertJ assertions for crosscheck reports, drafts and findings, for editorial checks in tests.
 * Start from {@link org.crosscheck.assertj.CrossCheckAssertions}.
 */
@NullMarked
package org.crosscheck.assertj;

import org.jspecify.annotations.NullMarked;
