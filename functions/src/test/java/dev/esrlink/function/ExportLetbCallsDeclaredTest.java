package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.support.CallRecorder;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.ExportLetbProfile;
import dev.esrlink.topology.AwsCall;
import dev.esrlink.topology.LambdaFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LETB export, driven through its Funqy endpoint with each of its jobs, makes only the AWS
 * calls declared for it (topology's AwsCalls).
 */
@QuarkusTest
@TestProfile(ExportLetbProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ExportLetbCallsDeclaredTest {

  @Test
  void theExportJobsNeedOnlyDeclaredCalls() {
    int mark = CallRecorder.mark();

    for (String job : List.of("LETB")) {
      given()
          .contentType("application/json")
          .body(Events.job(job, "KSS"))
          .post()
          .then()
          .statusCode(200);
    }

    List<AwsCall> made = CallRecorder.since(mark);
    assertThat(made).isNotEmpty();
    assertThat(CallRecorder.undeclared(LambdaFunction.EXPORT_TO_LETB, made)).isEmpty();
  }
}
