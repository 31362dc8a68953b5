@NullMarked
package org.crosscheck.align;

import org.jspecify.annotations.NullMarked;
