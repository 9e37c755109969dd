package dev.esrlink.file;

/**
 * A record that broke a rule: the line, the record type, the field (empty when the record as a
 * whole is wrong) and the rule, never the personal data the line holds.
 */
public record Rejection(long line, String recordType, String field, String reason, String key)
    implements ReadOutcome {}
