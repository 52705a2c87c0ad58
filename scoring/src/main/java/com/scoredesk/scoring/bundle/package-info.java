/**
 * Reading a shop's CSV bundle (section 3 of the contract): {@link com.scoredesk.scoring.bundle.BundleReader}
 * reads a folder of UTF-8 CSV files into {@link com.scoredesk.scoring.model.ShopData} and reports every bad row
 * with file, line and reason. {@link com.scoredesk.scoring.bundle.RowParsers} and {@link
 * com.scoredesk.scoring.bundle.Values} parse single rows and cells, for importers that read the same files.
 */
@NullMarked
package com.scoredesk.scoring.bundle;

import org.jspecify.annotations.NullMarked;
