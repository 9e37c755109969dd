package dev.esrlink.cli.generate;

import dev.esrlink.cli.generate.Model.Placement;
import dev.esrlink.cli.generate.Model.Position;
import dev.esrlink.cli.generate.Model.Post;
import dev.esrlink.cli.generate.Model.Trainee;
import dev.esrlink.file.OutboundWriter;
import dev.esrlink.file.OutboundWriter.Cell;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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
    try (OutputStream out = Files.newOutputStream(file);
        OutboundWriter dat = OutboundWriter.datCells(out, "RMF", world.lo, seq, created)) {
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void positionRecords(OutboundWriter dat, int p, Position pos) {
    String ind = pos.deleted() ? "D" : "C";
    String tpn = p % 97 == 13 ? null : pos.tpn();
    String specialty = pos.positionNumber().substring(pos.positionNumber().lastIndexOf('-') + 1);
    dat.record(
        "POS",
        raw(pos.positionId()),
        raw(""),
        raw(ind),
        text(pos.positionNumber()),
        text(pos.title()),
        raw("MED" + specialty),
        text("Medical and Dental"),
        raw(""),
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
        raw(""),
        raw(ind),
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

  private void personRecords(OutboundWriter dat, int p, Position lead) {
    Trainee t = people.trainee(p);
    Placement current = people.placements(p).get(0);
    String personId = String.valueOf(20_000_000L + world.loIndex * 1_000_000L + p);
    String start = current.startDate().replace("-", "");
    dat.record(
        "ASG",
        raw(personId),
        raw(String.valueOf(30_000_000L + world.loIndex * 1_000_000L + p)),
        raw("C"),
        raw(lead.positionId()),
        text(lead.positionNumber()),
        text(lead.tpn()),
        text(personId + "-1"),
        raw("ACTIVE"),
        raw(start),
        raw(current.endDate().replace("-", "")),
        raw(current.grade()),
        raw(current.wte()),
        raw(lead.vpd()),
        text(lead.employerOds()));
    String dob = p % 103 == 29 ? "19990231" : date(t.dateOfBirth());
    String email =
        p % 17 == 3 ? t.email().replace("@example.com", "@trust.example.com") : t.email();
    dat.record(
        "PERS",
        raw(personId),
        raw("C"),
        text(t.title()),
        text(t.lastName()),
        text(t.firstName()),
        text(t.middleNames()),
        text(t.previousLastName()),
        raw(dob),
        raw(t.gender()),
        raw(t.niNumber()),
        text(email),
        raw(""),
        text(t.mobileTel()),
        raw("A"),
        raw("GBR"),
        raw(start));
    String postcode =
        p % 19 == 5 ? Names.postcode(Draw.of(world.seed, world.lo, "moved", p)) : t.postcode();
    dat.record(
        "ADD",
        raw(personId),
        raw("C"),
        text(t.line1()),
        text(t.line2()),
        raw(""),
        text(t.town()),
        raw(""),
        text(postcode),
        raw("GB"),
        raw(start));
    boolean gmc = t.gdcNumber() == null;
    dat.record(
        "PBD",
        raw(personId),
        raw("C"),
        raw(gmc ? "GMC" : "GDC"),
        raw(gmc ? people.gmc(p) : t.gdcNumber()),
        raw(""));
    if (p % 61 == 9) {
      LocalDate from = world.today.minusDays(20);
      dat.record(
          "ABS",
          raw(personId),
          raw("C"),
          raw("SICKNESS"),
          raw(date(from)),
          raw(date(from.plusDays(5))));
    }
  }

  private static Cell text(String value) {
    return Cell.text(value);
  }

  private static Cell raw(Object value) {
    return Cell.bare(value);
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.format(DateTimeFormatter.BASIC_ISO_DATE);
  }
}
