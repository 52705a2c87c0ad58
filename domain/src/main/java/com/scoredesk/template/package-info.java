/**
 * 话术模板: reply templates with live variables ({@code {买家昵称|亲}}), their categories and scopes, usage counts,
 * and the sign-off care (签收关怀) follow-up that offers the 签收关怀 template for freshly signed orders.
 */
@NullMarked
package com.scoredesk.template;

import org.jspecify.annotations.NullMarked;
