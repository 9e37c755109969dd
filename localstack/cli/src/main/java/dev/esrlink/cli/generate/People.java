package dev.esrlink.cli.generate;

import dev.esrlink.cli.generate.Model.Placement;
import dev.esrlink.cli.generate.Model.Post;
import dev.esrlink.cli.generate.Model.Trainee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trainees and their placements: trainee {@code p} holds post {@code p} until its group's rotation,
 * then moves to the next post of the group. Some trainees are dentists (GDC number only); a few
 * records break a rule on purpose (6-digit GMC, end before start, a date that does not exist, a TPN
 * of another Local Office, a placement type that is not eligible).
 */
final class People {

  private static final int GMC_SPAN = 9_000_000;
  private static final int GMC_STEP = 7_919;

  private final LocalOfficeWorld world;

  People(LocalOfficeWorld world) {
    this.world = world;
  }

  String traineeId(int p) {
    return world.lo + "T" + String.format(Locale.ROOT, "%06d", p);
  }

  /** A 7-digit GMC number unique across every Local Office (a bijection of the index). */
  String gmc(int p) {
    long national = (long) world.loIndex * 100_000L + p;
    return String.valueOf(1_000_000 + Math.floorMod(national * GMC_STEP + world.seed, GMC_SPAN));
  }

  boolean dentist(int p) {
    return p % 31 == 4;
  }

  Trainee trainee(int p) {
    Draw draw = Draw.of(world.seed, world.lo, "trainee", p);
    String first = draw.pick(Names.FIRST_NAMES);
    String last = Names.surname(draw);
    String gmc = dentist(p) ? null : p % 89 == 21 ? gmc(p).substring(1) : gmc(p);
    String gdc = dentist(p) ? String.valueOf(10_000 + p) : null;
    String flat = draw.chance(0.2) ? "Flat " + draw.between(1, 9) + ", " : "";
    return new Trainee(
        traineeId(p),
        gmc,
        gdc,
        draw.pick(Names.TITLES),
        last,
        first,
        draw.chance(0.3) ? draw.pick(Names.MIDDLE_NAMES) : null,
        draw.chance(0.1) ? Names.surname(draw) : null,
        LocalDate.of(draw.between(1986, 1999), draw.between(1, 12), draw.between(1, 28)),
        draw.pick(List.of("F", "M", "F", "M", "X")),
        Names.niNumber(draw),
        (first + "." + last + p).toLowerCase(Locale.ROOT).replace("'", "") + "@example.com",
        Names.mobile(draw),
        flat + Names.street(draw),
        draw.chance(0.3) ? "Wing C\\D" : null,
        Names.town(draw),
        Names.postcode(draw),
        world.lo + "/" + String.format(Locale.ROOT, "%03d", 100 + p % 50) + "/" + gmc(p) + "/C");
  }

  /** The current placement (on post p, before the rotation) and the next one (after it). */
  List<Placement> placements(int p) {
    LocalDate rotation = world.rotation(p);
    Post current = world.post(p);
    Post next = world.post(world.nextPost(p));
    List<Placement> placements = new ArrayList<>();
    placements.add(placement(p, 1, current, rotation.minusMonths(12), rotation.minusDays(1)));
    placements.add(placement(p, 2, next, rotation, rotation.plusMonths(12).minusDays(1)));
    return placements;
  }

  private Placement placement(int p, int n, Post post, LocalDate start, LocalDate end) {
    String startText = start.toString();
    String endText = end.toString();
    String tpn = post.tpn();
    if (n == 2 && p % 83 == 7) {
      endText = start.minusDays(10).toString();
    } else if (n == 2 && p % 79 == 11) {
      startText = start.getYear() + "-02-30";
    } else if (n == 2 && p % 71 == 3) {
      tpn = otherOffice() + tpn.substring(3);
    }
    return new Placement(
        world.lo + "-PL" + String.format(Locale.ROOT, "%06d", p) + "-" + n,
        traineeId(p),
        tpn,
        startText,
        endText,
        p % 7 == 1 ? "0.8" : p % 13 == 4 ? "0.6" : "1.0",
        post.grade(),
        post.site(),
        placementType(p, n),
        n == 2 && p % 27 == 10 ? "DRAFT" : "APPROVED");
  }

  private static String placementType(int p, int n) {
    if (n == 2 && p % 47 == 8) {
      return "OBSERVER";
    }
    if (p % 19 == 2) {
      return "ACTING_UP";
    }
    return n == 2 && p % 23 == 6 ? "EXTENSION" : "IN_POST";
  }

  private String otherOffice() {
    return world.lo.equals("EOE") ? "LDN" : "EOE";
  }
}
