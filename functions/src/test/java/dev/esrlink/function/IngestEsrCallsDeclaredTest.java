package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.support.CallRecorder;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import dev.esrlink.topology.AwsCall;
import dev.esrlink.topology.LambdaFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ESR ingest, driven through its Funqy endpoint with an RMF (stored, confirmed with an RTC) and
 * a misplaced LETB file, makes only the AWS calls declared for it (topology's AwsCalls).
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class IngestEsrCallsDeclaredTest {

  @Test
  void anRmfAndAMisplacedFileNeedOnlyDeclaredCalls() {
    String rmf = "DE_NTH_RMF_20260309_00000007.DAT";
    String misplaced = "LETB_NTH_POSTS_20260309_000001.csv";
    Hub.put(
        Hub.ESR_IN,
        rmf,
        IngestEsrFileTest.RMF.replace("HDR,RMF,NTH,00000001,", "HDR,RMF,NTH,00000007,"),
        java.nio.charset.StandardCharsets.UTF_8);
    Hub.put(Hub.ESR_IN, misplaced, "tpn,status", "NTH/RTFED/040/STR/210,CURRENT");
    int mark = CallRecorder.mark();

    ingest(rmf);
    ingest(misplaced);

    List<AwsCall> made = CallRecorder.since(mark);
    assertThat(made).extracting(AwsCall::action).contains("s3:GetObject", "s3:PutObject");
    assertThat(CallRecorder.undeclared(LambdaFunction.INGEST_ESR_FILE, made)).isEmpty();
  }

  private static void ingest(String key) {
    given()
        .contentType("application/json")
        .body(Events.objectCreated(Hub.ESR_IN, key, 10))
        .post()
        .then()
        .statusCode(200);
  }
}
