/** Test support shared by the domain's feature tests: databases, fixtures. */
@NullMarked
package com.scoredesk.testing;

import org.jspecify.annotations.NullMarked;
