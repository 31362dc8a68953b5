/** Implementation details of the analysis stage; not part of the API. */
@NullMarked
package org.crosscheck.analysis.internal;

import org.jspecify.annotations.NullMarked;
