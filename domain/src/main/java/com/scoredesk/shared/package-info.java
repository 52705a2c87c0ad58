/** Small building blocks shared by the domain's feature packages. */
@NullMarked
package com.scoredesk.shared;

import org.jspecify.annotations.NullMarked;
