package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.esrlink.support.CallRecorder;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.StatusProfile;
import dev.esrlink.topology.AwsCall;
import dev.esrlink.topology.LambdaFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status function, driven through its Funqy endpoint with its pages job and an explain, makes
 * only the AWS calls declared for it (topology's AwsCalls).
 */
@QuarkusTest
@TestProfile(StatusProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class StatusCallsDeclaredTest {

  @Test
  void thePagesAndAnExplainNeedOnlyDeclaredCalls() {
    int mark = CallRecorder.mark();

    given()
        .contentType("application/json")
        .body(Events.job("STATUS", "KSS"))
        .post()
        .then()
        .statusCode(200)
        .body("pages", hasItem("status/index.html"));
    given()
        .contentType("application/json")
        .body("{\"placement\":\"KSS-NONE-1\"}")
        .post()
        .then()
        .statusCode(200);

    List<AwsCall> made = CallRecorder.since(mark);
    assertThat(made).isNotEmpty();
    assertThat(CallRecorder.undeclared(LambdaFunction.STATUS, made)).isEmpty();
  }
}
