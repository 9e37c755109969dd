package dev.esrlink.matching;

import dev.esrlink.store.PositionParts;
import dev.esrlink.store.StoredRecord;
import dev.esrlink.tpn.Tpn;
import java.util.List;

/** An ESR position: its POS and POR records merged; deleted when either says so. */
public record Position(
    String positionId,
    Tpn tpn,
    String positionNumber,
    String employerRole,
    String odsEmployerCode,
    String employingVpd,
    boolean deleted) {

  /** Merges the stored parts (POS and/or POR) of one position. */
  public static Position of(List<StoredRecord> parts) {
    StoredRecord pos = part(parts, PositionParts.POS);
    StoredRecord por = part(parts, PositionParts.POR);
    StoredRecord main = pos != null ? pos : por;
    return new Position(
        main.id(),
        Tpn.of(field(pos, por, "tpn")),
        field(pos, por, "positionNumber"),
        por == null ? null : por.field("employerRole"),
        por == null ? null : por.field("odsEmployerCode"),
        por == null ? null : por.field("employingVpd"),
        parts.stream().anyMatch(StoredRecord::deleted));
  }

  public boolean live() {
    return !deleted;
  }

  public boolean lead() {
    return "LEAD".equals(employerRole);
  }

  private static StoredRecord part(List<StoredRecord> parts, String part) {
    return parts.stream().filter(p -> p.isPart(part)).findFirst().orElse(null);
  }

  private static String field(StoredRecord first, StoredRecord second, String name) {
    String value = first == null ? null : first.field(name);
    return value != null || second == null ? value : second.field(name);
  }
}
