/**
 * The audit log: who changed what, when, with the state before and after, written in the transaction of the change.
 */
@NullMarked
package com.scoredesk.audit;

import org.jspecify.annotations.NullMarked;
