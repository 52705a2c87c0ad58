/**
 * The compliance check (合规检查) run before a reply or an appeal is sent: rules kept as data (keywords, regular
 * expressions and exceptions), each with a severity, an explanation, a safer wording and test cases that must and
 * must not hit. Administrators edit the rules; a rule whose own cases fail cannot be saved.
 */
@NullMarked
package com.scoredesk.compliance;

import org.jspecify.annotations.NullMarked;
