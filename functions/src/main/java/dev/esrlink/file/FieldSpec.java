package dev.esrlink.file;

import java.util.List;

/**
 * One field of a record layout: its name, type, whether it is required, the allowed values of a
 * code, and the date it may not precede.
 *
 * @param position 1-based position in a DAT record (1 is the record type); for CSV the column order
 *     of outbound files
 */
public record FieldSpec(
    int position,
    String name,
    FieldType type,
    boolean required,
    List<String> allowedValues,
    String notBefore) {}
