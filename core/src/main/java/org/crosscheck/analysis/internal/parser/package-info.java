/**
 * Internals of {@link org.crosscheck.analysis.TransitionDependencyParser}: an arc-eager transition
 * system, its features, an averaged-perceptron model and the tools that train and evaluate it on
 * Universal Dependencies treebanks. Not part of the public API.
 */
@NullMarked
package org.crosscheck.analysis.internal.parser;

import org.jspecify.annotations.NullMarked;
