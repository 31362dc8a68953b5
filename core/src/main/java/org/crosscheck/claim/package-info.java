@NullMarked
package org.crosscheck.claim;

import org.jspecify.annotations.NullMarked;
