package com.scoredesk.workbench;

/** A user work can be given to (filter and reassign lists). */
public record AgentChoice(long id, String displayName) {}
