@NullMarked
package org.crosscheck.analysis;

import org.jspecify.annotations.NullMarked;
