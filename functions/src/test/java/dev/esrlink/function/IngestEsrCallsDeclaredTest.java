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
 * The ESR ingest, driven through its Funqy endpoint with an RMC (stored, confirmed with an RTC) and
 * a misplaced LETB file, makes only the AWS calls declared for it (topology's AwsCalls).
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class IngestEsrCallsDeclaredTest {

  @Test
  void anRmcAndAMisplacedFileNeedOnlyDeclaredCalls() {
    // its own Local Office and ids: the RMF of IngestEsrFileTest owns NTH's first RTC
    String rmf = "DE_WES_RMC_20260309_00000907.DAT";
    String misplaced = "LETB_WES_POSTS_20260309_000001.csv";
    Hub.put(Hub.ESR_IN, rmf, rmc(907, 970001), java.nio.charset.StandardCharsets.UTF_8);
    Hub.put(Hub.ESR_IN, misplaced, "tpn,status", "WES/RTFED/040/STR/970001,CURRENT");
    int mark = CallRecorder.mark();

    ingest(rmf);
    ingest(misplaced);

    List<AwsCall> made = CallRecorder.since(mark);
    assertThat(made).extracting(AwsCall::action).contains("s3:GetObject", "s3:PutObject");
    assertThat(CallRecorder.undeclared(LambdaFunction.INGEST_ESR_FILE, made)).isEmpty();
  }

  /**
   * An RMC of WES with one position and its role: WES holds no RTC another test counts, and the ids
   * (from 970001) are this class's and OperateCallsDeclaredTest's alone.
   */
  static String rmc(long seq, long id) {
    String tpn = "WES/RTFED/040/STR/" + id;
    return String.join(
        "\r\n",
        String.format("HDR,RMC,WES,%08d,20260309120000", seq),
        "POS,"
            + id
            + ",,\"C\",\"5001\",\"Specialty Registrar\",\"800\",\"General Practice\",\"\",\""
            + tpn
            + "\",\"WES\",\"RTF\",\"NHS\",\"MS02\",\"Specialty Registrar ST2\",\"\"",
        "POR,"
            + id
            + ",,\"C\",\"5001\",\"Specialty Registrar\",\""
            + tpn
            + "\",\"WES\",\"LEAD\",\"RTF\",96,\"ORG1\",\"LOC1\"",
        "TRL,2",
        "");
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
