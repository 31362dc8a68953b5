@NullMarked
package org.crosscheck.ingest;

import org.jspecify.annotations.NullMarked;
