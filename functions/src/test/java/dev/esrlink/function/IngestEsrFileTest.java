package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/** The first slice end to end: an RMF in the ESR inbound bucket, positions stored, RTC written. */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class IngestEsrFileTest {
  static final String RMF =
      String.join(
          "\r\n",
          "HDR,RMF,NTH,00000001,20260301120000",
          "POS,100001,,\"C\",\"5001\",\"Specialty Registrar\",\"800\",\"General Practice\",\"\",\"NTH/RTFED/040/STR/210\",\"NTH\",\"RTF\",\"NHS\",\"MS02\",\"Specialty Registrar ST2\",\"\"",
          "POR,100001,,\"C\",\"5001\",\"Specialty Registrar\",\"NTH/RTFED/040/STR/210\",\"NTH\",\"LEAD\",\"RTF\",96,\"ORG1\",\"LOC1\"",
          "POS,100002,,\"C\",\"5002\",\"Medical and Dental\\\",\"800\",\"General Practice\",\"\",\" nth/rtfed/040/str/211 \",\"NTH\",\"RTF\",\"NHS\",\"MS02\",\"Registrar\",\"\"",
          "POS,100003,,\"C\",\"5003\",\"Registrar\",\"800\",\"GP\",\"\",\"EOE/RGT00/030/STR/001\",\"NTH\",\"RTF\",\"NHS\",\"MS02\",\"Registrar\",\"\"",
          "TRL,4",
          "");

  @Test
  void rmfIsStoredByTpnAndConfirmedWithAnRtc() {
    EmbeddedEmulators emulators = EmbeddedEmulators.shared();
    S3Client s3 = emulators.s3();
    String key = "DE_NTH_RMF_20260301_00000001.DAT";
    s3.putObject(
        b -> b.bucket("esrlink-esr-inbound").key(key),
        RequestBody.fromString(RMF, StandardCharsets.UTF_8));

    given()
        .contentType("application/json")
        .body(Events.objectCreated("esrlink-esr-inbound", key, RMF.length()))
        .post()
        .then()
        .statusCode(200);

    Map<String, AttributeValue> position =
        emulators
            .dynamoDb()
            .getItem(
                b ->
                    b.tableName("esrlink")
                        .key(
                            Map.of(
                                "PK",
                                AttributeValue.fromS("POS#100002"),
                                "SK",
                                AttributeValue.fromS("POS"))))
            .item();
    assertThat(position.get("field.tpn").s()).isEqualTo("NTH/RTFED/040/STR/211");
    assertThat(position.get("field.positionTitle").s()).isEqualTo("Medical and Dental\\");

    List<String> rtcKeys =
        s3.listObjectsV2(b -> b.bucket("esrlink-esr-outbound")).contents().stream()
            .map(o -> o.key())
            .filter(k -> k.startsWith("DE_NTH_RTC_"))
            .toList();
    assertThat(rtcKeys).hasSize(1);
    String rtc =
        s3.getObjectAsBytes(b -> b.bucket("esrlink-esr-outbound").key(rtcKeys.get(0)))
            .asUtf8String();
    List<String> lines = List.of(rtc.split("\r\n", -1));
    assertThat(lines.get(0)).startsWith("HDR,RTC,NTH,00000001,");
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "RTC,\"DE_NTH_RMF_20260301_00000001.DAT\",2,\"POS\",\"100001\",\"ACCEPTED\",",
            "RTC,\"DE_NTH_RMF_20260301_00000001.DAT\",3,\"POR\",\"100001\",\"ACCEPTED\",",
            "RTC,\"DE_NTH_RMF_20260301_00000001.DAT\",4,\"POS\",\"100002\",\"ACCEPTED\",",
            "RTC,\"DE_NTH_RMF_20260301_00000001.DAT\",5,\"POS\",\"100003\",\"REJECTED\",\"tpn: TPN belongs to Local Office EOE, not to this file's NTH\"",
            "TRL,4",
            "");
  }
}
