/**
 * Linguistic analysis of an article's body: sentences, tokens with part-of-speech tags, lemmas
 * and dependency arcs, and mentions of names, dates and numbers, all with offsets into the
 * original text.
 */
@NullMarked
package org.crosscheck.analysis;

import org.jspecify.annotations.NullMarked;
