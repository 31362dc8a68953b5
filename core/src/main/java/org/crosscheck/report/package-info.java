/** What a check produces: immutable reports over all sources, or seen from one draft. */
@NullMarked
package org.crosscheck.report;

import org.jspecify.annotations.NullMarked;
