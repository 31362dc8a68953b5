/** Reading articles: plain text, HTML and JSON lines, with a problem per unreadable input. */
@NullMarked
package org.crosscheck.ingest;

import org.jspecify.annotations.NullMarked;
