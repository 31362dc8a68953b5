@NullMarked
package org.crosscheck.judge;

import org.jspecify.annotations.NullMarked;
