/**
 * Normalisation: canonical entities, time intervals and quantities, so that claims worded
 * differently can be compared ("Ankara" and "Turkey", "15 March 2023" and "Wednesday").
 */
@NullMarked
package org.crosscheck.normalize;

import org.jspecify.annotations.NullMarked;
