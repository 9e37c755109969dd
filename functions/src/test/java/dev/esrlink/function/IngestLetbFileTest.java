package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestLetbProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** ingestLetbFile through the Lambda event server: a placements file with one bad record. */
@QuarkusTest
@TestProfile(IngestLetbProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class IngestLetbFileTest {

  @Test
  void placementsAreAppliedAndTheBadRecordIsRejectedAlone() {
    String key = "LETB_EOE_PLACEMENTS_20260302_000001.csv";
    Hub.put(
        Hub.LETB_IN,
        key,
        "placementId,traineeId,tpn,startDate,endDate,wte,placementType,status,colour",
        "E1,TR1,EOE/RGT00/030/STR/001,2026-04-01,2026-09-30,1,IN_POST,APPROVED,blue",
        "E2,TR2,EOE/RGT00/030/STR/001,2026-02-30,2026-09-30,1,IN_POST,APPROVED,red");

    given()
        .contentType("application/json")
        .body(Events.objectCreated(Hub.LETB_IN, key, 10))
        .post()
        .then()
        .statusCode(200)
        .body("status", equalTo("APPLIED"))
        .body("read", equalTo(2))
        .body("applied", equalTo(1))
        .body("rejected", equalTo(1))
        .body("rejections[0].line", equalTo(3))
        .body("rejections[0].field", equalTo("startDate"))
        .body("warnings[0]", equalTo("unknown column colour ignored"));

    String report = Hub.read(Hub.OPS, "reports/" + key + ".json");
    assertThat(report).contains("\"deliveries\" : 1").doesNotContain("2026-02-30");
  }
}
