/** Translations: every UI string comes from resource bundles, Simplified Chinese by default and English on request. */
@NullMarked
package com.scoredesk.ui.i18n;

import org.jspecify.annotations.NullMarked;
