/** Shops (店铺): who they are, their industry and type, and who may see them. */
@NullMarked
package com.scoredesk.shop;

import org.jspecify.annotations.NullMarked;
