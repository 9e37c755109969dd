package dev.esrlink.cli.generate;

import dev.esrlink.cli.generate.Model.Position;
import dev.esrlink.cli.generate.Model.Post;
import dev.esrlink.topology.Topology;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The posts and ESR positions of one Local Office, derived from the seed and the post index alone.
 * Post {@code p}'s current incumbent is trainee {@code p}; posts rotate in groups of {@value
 * #GROUP}, each group on one date spread over the year around today.
 *
 * <p>Deliberate defects, by index: posts only ESR knows ({@code p % 41 == 7}), posts only the LETB
 * knows ({@code p % 43 == 9}), TPN near-misses ({@code p % 37 == 5}), TPNs ESR writes in another
 * form that normalises equal ({@code p % 29 == 3}), inactive posts, a deleted position, and a host
 * employer on every third post.
 */
final class LocalOfficeWorld {

  static final int GROUP = 8;
  private static final List<String> SPECIALTIES =
      List.of("STR", "GPST", "IMT", "CST", "ANA", "PAED", "OBG", "PSY", "EM", "RAD", "PATH", "OPH");
  private static final List<String> TRUST_LETTERS = List.of("P", "Q", "S", "T");

  final long seed;
  final String lo;
  final int loIndex;
  final int posts;
  final LocalDate today;

  LocalOfficeWorld(long seed, String lo, int posts, LocalDate today) {
    this.seed = seed;
    this.lo = lo;
    this.loIndex = Topology.LOCAL_OFFICES.indexOf(lo);
    this.posts = posts;
    this.today = today;
  }

  String trust(int t) {
    return "R" + (char) ('A' + loIndex) + TRUST_LETTERS.get(t % TRUST_LETTERS.size());
  }

  /** The employing organisation (VPD) code of trust {@code t}: 3 digits, with a leading zero. */
  String vpd(int t) {
    return String.format(Locale.ROOT, "%03d", 40 + loIndex * 4 + t);
  }

  Post post(int p) {
    int trust = p % 4;
    String specialty = SPECIALTIES.get((p / 4) % SPECIALTIES.size());
    int number = p / (4 * SPECIALTIES.size()) + 1;
    String site = trust(trust) + "00";
    String tpn =
        lo
            + "/"
            + site
            + "/"
            + String.format(Locale.ROOT, "%03d", programme(specialty))
            + "/"
            + specialty
            + "/"
            + String.format(Locale.ROOT, "%03d", number);
    String status = p % 53 == 11 ? "INACTIVE" : "CURRENT";
    List<Position> positions = p % 43 == 9 ? List.of() : positions(p, tpn, specialty, trust);
    return new Post(
        p, tpn, trust(trust), site, specialty, grade(specialty, p), status, p % 41 != 7, positions);
  }

  private static int programme(String specialty) {
    return 10 * (SPECIALTIES.indexOf(specialty) + 1);
  }

  private List<Position> positions(int p, String tpn, String specialty, int trust) {
    String esrTpn = esrForm(p, tpn);
    List<Position> positions = new ArrayList<>();
    positions.add(position(p, 0, esrTpn, specialty, "LEAD", trust));
    if (p % 3 == 0) {
      positions.add(position(p, 1, esrTpn, specialty, "HOST", (trust + 1) % 4));
    }
    return positions;
  }

  private Position position(int p, int slot, String tpn, String specialty, String role, int t) {
    long positionId = 10_000_000L + loIndex * 1_000_000L + 2L * p + slot;
    String vpd = vpd(t);
    if (p % 31 == 2) {
      vpd = vpd.substring(1);
    } else if (p % 31 == 4) {
      vpd = "0" + vpd;
    }
    return new Position(
        positionId,
        trust(t) + "-" + positionId + "-" + specialty,
        "Specialty Registrar " + specialty,
        tpn,
        role,
        trust(t),
        vpd,
        p % 59 == 17);
  }

  /** How ESR writes the TPN: usually as the LETB does; sometimes a near-miss or another form. */
  private static String esrForm(int p, String tpn) {
    if (p % 37 == 5) {
      return tpn.replaceAll("/0+(\\d)", "/$1");
    }
    if (p % 29 == 3) {
      return " " + tpn.toLowerCase(Locale.ROOT).replace("/", " / ") + " ";
    }
    return tpn;
  }

  private static String grade(String specialty, int p) {
    return switch (specialty) {
      case "GPST" -> "GPST" + (1 + p % 3);
      case "IMT", "CST" -> "CT" + (1 + p % 2);
      default -> "ST" + (1 + p % 8);
    };
  }

  /** The rotation date of post {@code p}'s group: a Wednesday from 8 weeks ago to 44 ahead. */
  LocalDate rotation(int p) {
    Draw draw = Draw.of(seed, lo, "rotation", p / GROUP);
    LocalDate date = today.minusWeeks(8).plusWeeks(draw.between(0, 52));
    return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
  }

  /** The post trainee {@code p} moves to at the rotation: the next post of the group. */
  int nextPost(int p) {
    int start = (p / GROUP) * GROUP;
    int size = Math.min(GROUP, posts - start);
    return start + (p - start + 1) % size;
  }
}
