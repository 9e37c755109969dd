package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.CallRecorder;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.OperateProfile;
import dev.esrlink.topology.AwsCall;
import dev.esrlink.topology.LambdaFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operations function, driven through its Funqy endpoint with each action, makes only the S3
 * and DynamoDB calls declared for it (topology's AwsCalls). Its SQS client is built by the code and
 * is not recorded; the infra test checks the declared queue actions against the role.
 */
@QuarkusTest
@TestProfile(OperateProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class OperateCallsDeclaredTest {

  @Inject IngestService ingest;

  @Test
  void eachActionNeedsOnlyDeclaredCalls() {
    String rmf = "DE_WES_RMC_20260309_00000908.DAT";
    Hub.put(Hub.ESR_IN, rmf, IngestEsrCallsDeclaredTest.rmc(908, 970002), StandardCharsets.UTF_8);
    ingest.ingest(Hub.ESR_IN, rmf);
    int mark = CallRecorder.mark();

    operate("{\"action\":\"reprocess\",\"file\":\"" + rmf + "\"").body("outcome", equalTo("DONE"));
    operate("{\"action\":\"release\",\"file\":\"" + rmf + "\"");
    operate("{\"action\":\"dnf\",\"lo\":\"WES\"");
    operate("{\"action\":\"redrive\"");

    List<AwsCall> made = CallRecorder.since(mark);
    assertThat(made).extracting(AwsCall::action).contains("s3:GetObject", "s3:PutObject");
    assertThat(CallRecorder.undeclared(LambdaFunction.OPERATE, made)).isEmpty();
  }

  private static ValidatableResponse operate(String start) {
    return given()
        .contentType("application/json")
        .body(start + ",\"operator\":\"test-operator\",\"reason\":\"role check\"}")
        .post()
        .then()
        .statusCode(200);
  }
}
