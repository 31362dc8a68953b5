/**
 * Claims: the atomic statements an analysed article makes, each a predicate with role-typed
 * arguments, a polarity and a modality, and the evidence it came from.
 */
@NullMarked
package org.crosscheck.claim;

import org.jspecify.annotations.NullMarked;
