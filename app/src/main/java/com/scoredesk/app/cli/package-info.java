/**
 * The command line of the app jar: {@code score --data} runs the plain-Java score command without Spring; {@code
 * score --shop} and {@code import} start Spring without a web server, log to stderr and exit with the command's
 * status.
 */
@NullMarked
package com.scoredesk.app.cli;

import org.jspecify.annotations.NullMarked;
