@NullMarked
package org.crosscheck.clean;

import org.jspecify.annotations.NullMarked;
