package dev.esrlink.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A DynamoDB item under construction or read back: string, number and boolean attributes. */
public final class Item {
  /** The table's partition and sort key attributes. */
  public static final String PK = "PK";

  public static final String SK = "SK";

  private final Map<String, AttributeValue> attributes;

  public Item() {
    this.attributes = new HashMap<>();
  }

  private Item(Map<String, AttributeValue> attributes) {
    this.attributes = new HashMap<>(attributes);
  }

  public static Item of(Map<String, AttributeValue> attributes) {
    return new Item(attributes);
  }

  public static Item keyed(String pk, String sk) {
    return new Item().put(PK, pk).put(SK, sk);
  }

  /** Puts a string; a null value is left out (DynamoDB holds no empty strings). */
  public Item put(String name, String value) {
    if (value != null && !value.isEmpty()) {
      attributes.put(name, AttributeValue.fromS(value));
    }
    return this;
  }

  public Item put(String name, long value) {
    attributes.put(name, AttributeValue.fromN(Long.toString(value)));
    return this;
  }

  public Item put(String name, boolean value) {
    attributes.put(name, AttributeValue.fromBool(value));
    return this;
  }

  /** Puts every entry of a map of strings, prefixing attribute names with {@code prefix}. */
  public Item putAll(String prefix, Map<String, String> values) {
    values.forEach((k, v) -> put(prefix + k, v));
    return this;
  }

  public Item remove(String name) {
    attributes.remove(name);
    return this;
  }

  public String pk() {
    return string(PK);
  }

  public String sk() {
    return string(SK);
  }

  /** The string attribute, or null. */
  public String string(String name) {
    AttributeValue value = attributes.get(name);
    return value == null ? null : value.s();
  }

  public Optional<String> optional(String name) {
    return Optional.ofNullable(string(name));
  }

  public long number(String name, long otherwise) {
    AttributeValue value = attributes.get(name);
    return value == null || value.n() == null ? otherwise : Long.parseLong(value.n());
  }

  public boolean flag(String name) {
    AttributeValue value = attributes.get(name);
    return value != null && Boolean.TRUE.equals(value.bool());
  }

  /** Every string attribute whose name starts with {@code prefix}, prefix removed. */
  public Map<String, String> strings(String prefix) {
    Map<String, String> values = new HashMap<>();
    attributes.forEach(
        (k, v) -> {
          if (k.startsWith(prefix) && v.s() != null) {
            values.put(k.substring(prefix.length()), v.s());
          }
        });
    return values;
  }

  public Map<String, AttributeValue> attributes() {
    return attributes;
  }

  public Map<String, AttributeValue> key() {
    return Map.of(PK, attributes.get(PK), SK, attributes.get(SK));
  }

  public Item copy() {
    return new Item(attributes);
  }
}
