package dev.esrlink.cli.generate;

import dev.esrlink.cli.generate.Model.Placement;
import dev.esrlink.cli.generate.Model.Post;
import dev.esrlink.cli.generate.Model.Trainee;
import dev.esrlink.file.OutboundWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The LETB's POSTS, TRAINEES and PLACEMENTS files of one Local Office. */
final class LetbFiles {

  static final List<String> POSTS =
      List.of("tpn", "action", "trustOds", "site", "specialty", "grade", "status", "programmeName");
  static final List<String> TRAINEES =
      List.of(
          "traineeId",
          "action",
          "gmcNumber",
          "gdcNumber",
          "title",
          "lastName",
          "firstName",
          "middleNames",
          "previousLastName",
          "dateOfBirth",
          "gender",
          "niNumber",
          "email",
          "mobileTel",
          "line1",
          "line2",
          "town",
          "postcode",
          "nationalTrainingNumber");
  static final List<String> PLACEMENTS =
      List.of(
          "placementId",
          "action",
          "traineeId",
          "tpn",
          "startDate",
          "endDate",
          "wte",
          "grade",
          "site",
          "placementType",
          "status");

  private final LocalOfficeWorld world;
  private final People people;

  LetbFiles(LocalOfficeWorld world) {
    this.world = world;
    this.people = new People(world);
  }

  /** Posts the LETB holds; {@code programmeName} is a column the hub does not know. */
  long writePosts(Path file, Runnable tick) {
    try (OutputStream out = Files.newOutputStream(file);
        OutboundWriter csv = OutboundWriter.csvCells(out, POSTS)) {
      for (int p = 0; p < world.posts; p++) {
        Post post = world.post(p);
        if (post.sentByLetb()) {
          csv.row(
              post.tpn(),
              p % 2 == 0 ? "U" : "",
              post.trustOds(),
              post.site(),
              post.specialty(),
              post.grade(),
              post.status(),
              post.specialty() + " training programme");
        }
        tick.run();
      }
      return csv.records();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  long writeTrainees(Path file, Runnable tick) {
    try (OutputStream out = Files.newOutputStream(file);
        OutboundWriter csv = OutboundWriter.csvCells(out, TRAINEES)) {
      for (int p = 0; p < world.posts; p++) {
        Trainee t = people.trainee(p);
        csv.row(
            t.traineeId(),
            "U",
            t.gmcNumber(),
            t.gdcNumber(),
            t.title(),
            t.lastName(),
            t.firstName(),
            t.middleNames(),
            t.previousLastName(),
            iso(t.dateOfBirth()),
            t.gender(),
            t.niNumber(),
            t.email(),
            t.mobileTel(),
            t.line1(),
            t.line2(),
            t.town(),
            t.postcode(),
            t.nationalTrainingNumber());
        tick.run();
      }
      return csv.records();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  long writePlacements(Path file, Runnable tick) {
    try (OutputStream out = Files.newOutputStream(file);
        OutboundWriter csv = OutboundWriter.csvCells(out, PLACEMENTS)) {
      for (int p = 0; p < world.posts; p++) {
        for (Placement pl : people.placements(p)) {
          csv.row(
              pl.placementId(),
              "U",
              pl.traineeId(),
              pl.tpn(),
              pl.startDate(),
              pl.endDate(),
              pl.wte(),
              pl.grade(),
              pl.site(),
              pl.placementType(),
              pl.status());
        }
        tick.run();
      }
      return csv.records();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
