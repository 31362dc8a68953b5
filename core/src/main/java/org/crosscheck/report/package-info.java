@NullMarked
package org.crosscheck.report;

import org.jspecify.annotations.NullMarked;
