/** 数据导入: uploading 抖店 exports and bundles into a shop, and the shop's API tokens for integrations. */
@NullMarked
package com.scoredesk.ui.imports;

import org.jspecify.annotations.NullMarked;
