package dev.esrlink.matching;

import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;
import java.util.List;

/** An ESR position: its POS and POR records merged; deleted when either says so. */
public record Position(
    String positionId,
    String tpn,
    String positionNumber,
    String employerRole,
    String odsEmployerCode,
    String employingVpd,
    boolean deleted) {

  /** Merges the stored parts (POS and/or POR) of one position. */
  public static Position of(List<Item> parts) {
    Item pos = part(parts, "POS");
    Item por = part(parts, "POR");
    Item main = pos != null ? pos : por;
    return new Position(
        main.pk().substring("POS#".length()),
        field(pos, por, "tpn"),
        field(pos, por, "positionNumber"),
        por == null ? null : por.string(Keys.FIELD + "employerRole"),
        por == null ? null : por.string(Keys.FIELD + "odsEmployerCode"),
        por == null ? null : por.string(Keys.FIELD + "employingVpd"),
        parts.stream().anyMatch(p -> p.flag(Keys.DELETED)));
  }

  public boolean live() {
    return !deleted;
  }

  public boolean lead() {
    return "LEAD".equals(employerRole);
  }

  private static Item part(List<Item> parts, String sk) {
    return parts.stream().filter(p -> sk.equals(p.sk())).findFirst().orElse(null);
  }

  private static String field(Item first, Item second, String name) {
    String value = first == null ? null : first.string(Keys.FIELD + name);
    return value != null || second == null ? value : second.string(Keys.FIELD + name);
  }
}
