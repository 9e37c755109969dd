package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.esrlink.support.CallRecorder;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestLetbProfile;
import dev.esrlink.topology.AwsCall;
import dev.esrlink.topology.LambdaFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LETB ingest, driven through its Funqy endpoint with an applied file and a misplaced ESR file,
 * makes only the AWS calls declared for it (topology's AwsCalls), which the infra tests hold its
 * role to.
 */
@QuarkusTest
@TestProfile(IngestLetbProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class IngestCallsDeclaredTest {

  @Test
  void anAppliedAndAMisplacedFileNeedOnlyDeclaredCalls() {
    String good = "LETB_KSS_POSTS_20260302_000001.csv";
    String misplaced = "DE_KSS_RMF_20260302_00000001.DAT";
    Hub.put(Hub.LETB_IN, good, "tpn,status", "KSS/RGT00/030/STR/901,CURRENT");
    Hub.put(Hub.LETB_IN, misplaced, "HDR,RMF,KSS,00000001,20260302090000", "TRL,0");
    int mark = CallRecorder.mark();

    ingest(good, "APPLIED");
    ingest(misplaced, "QUARANTINED");

    List<AwsCall> made = CallRecorder.since(mark);
    assertThat(made)
        .extracting(AwsCall::action)
        .contains("s3:GetObject", "s3:PutObject", "dynamodb:BatchWriteItem");
    assertThat(CallRecorder.undeclared(LambdaFunction.INGEST_LETB_FILE, made)).isEmpty();
  }

  private static void ingest(String key, String status) {
    given()
        .contentType("application/json")
        .body(Events.objectCreated(Hub.LETB_IN, key, 10))
        .post()
        .then()
        .statusCode(200)
        .body("status", equalTo(status));
  }
}
