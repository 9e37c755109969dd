package dev.esrlink.cli.generate;

import static dev.esrlink.cli.generate.DatWriter.date;
import static dev.esrlink.cli.generate.DatWriter.raw;
import static dev.esrlink.cli.generate.DatWriter.text;

import dev.esrlink.cli.generate.Model.Placement;
import dev.esrlink.cli.generate.Model.Position;
import dev.esrlink.cli.generate.Model.Post;
import dev.esrlink.cli.generate.Model.Trainee;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The RMF (full snapshot) of one Local Office: POS and POR for every position, then ASG, PERS, ADD,
 * PBD (and sometimes ABS) for the current incumbent of each post ESR holds. ESR's copy of a person
 * differs now and then from the LETB's (e-mail, postcode), as person updates do. A few records
 * break a rule on purpose (a POS without TPN, a date of birth that does not exist).
 */
final class RmfFile {

  private final LocalOfficeWorld world;
  private final People people;

  RmfFile(LocalOfficeWorld world) {
    this.world = world;
    this.people = new People(world);
  }

  long write(Path file, String seq, String created, Runnable tick) {
    try (DatWriter dat = new DatWriter(file, "RMF", world.lo, seq, created)) {
      for (int p = 0; p < world.posts; p++) {
        for (Position position : world.post(p).positions()) {
          positionRecords(dat, p, position);
        }
        tick.run();
      }
      for (int p = 0; p < world.posts; p++) {
        Post post = world.post(p);
        if (!post.positions().isEmpty() && !post.positions().get(0).deleted()) {
          personRecords(dat, p, post.positions().get(0));
        }
        tick.run();
      }
      return dat.records();
    }
  }

  private void positionRecords(DatWriter dat, int p, Position pos) {
    String ind = pos.deleted() ? "D" : "C";
    String tpn = p % 97 == 13 ? null : pos.tpn();
    String specialty = pos.positionNumber().substring(pos.positionNumber().lastIndexOf('-') + 1);
    dat.record(
        "POS",
        raw(pos.positionId()),
        "",
        ind,
        text(pos.positionNumber()),
        text(pos.title()),
        raw("MED" + specialty),
        text("Medical and Dental"),
        "",
        text(tpn),
        raw(world.lo),
        raw(pos.employerOds()),
        raw("XR07"),
        raw("M&D"),
        text("Specialty Registrar"),
        raw(pos.employerOds() + "01"));
    dat.record(
        "POR",
        raw(pos.positionId()),
        "",
        ind,
        text(pos.positionNumber()),
        text(pos.title()),
        text(pos.tpn()),
        raw(world.lo),
        raw(pos.role()),
        raw(pos.employerOds()),
        raw(pos.vpd()),
        text(pos.vpd() + " " + pos.employerOds() + " Medical Staffing"),
        text(pos.employerOds() + " Main Site"));
  }

  private void personRecords(DatWriter dat, int p, Position lead) {
    Trainee t = people.trainee(p);
    Placement current = people.placements(p).get(0);
    String personId = String.valueOf(20_000_000L + world.loIndex * 1_000_000L + p);
    String start = current.startDate().replace("-", "");
    dat.record(
        "ASG",
        personId,
        String.valueOf(30_000_000L + world.loIndex * 1_000_000L + p),
        "C",
        raw(lead.positionId()),
        text(lead.positionNumber()),
        text(lead.tpn()),
        text(personId + "-1"),
        raw("ACTIVE"),
        start,
        current.endDate().replace("-", ""),
        raw(current.grade()),
        raw(current.wte()),
        raw(lead.vpd()),
        text(lead.employerOds()));
    String dob = p % 103 == 29 ? "19990231" : date(t.dateOfBirth());
    String email =
        p % 17 == 3 ? t.email().replace("@example.com", "@trust.example.com") : t.email();
    dat.record(
        "PERS",
        personId,
        "C",
        text(t.title()),
        text(t.lastName()),
        text(t.firstName()),
        text(t.middleNames()),
        text(t.previousLastName()),
        dob,
        raw(t.gender()),
        raw(t.niNumber()),
        text(email),
        "",
        text(t.mobileTel()),
        raw("A"),
        raw("GBR"),
        start);
    String postcode =
        p % 19 == 5 ? Names.postcode(Draw.of(world.seed, world.lo, "moved", p)) : t.postcode();
    dat.record(
        "ADD",
        personId,
        "C",
        text(t.line1()),
        text(t.line2()),
        "",
        text(t.town()),
        "",
        text(postcode),
        raw("GB"),
        start);
    boolean gmc = t.gdcNumber() == null;
    dat.record(
        "PBD", personId, "C", gmc ? "GMC" : "GDC", raw(gmc ? people.gmc(p) : t.gdcNumber()), "");
    if (p % 61 == 9) {
      LocalDate from = world.today.minusDays(20);
      dat.record("ABS", personId, "C", raw("SICKNESS"), date(from), date(from.plusDays(5)));
    }
  }
}
