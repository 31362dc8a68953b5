/** crosscheck: claim-level cross-checking of news articles. */
@NullMarked
package org.crosscheck;

import org.jspecify.annotations.NullMarked;
