/** Test support for the template, compliance and appeal services: a settable clock, users, shops and activity. */
@NullMarked
package com.scoredesk.template.support;

import org.jspecify.annotations.NullMarked;
