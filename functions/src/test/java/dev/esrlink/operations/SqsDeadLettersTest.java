package dev.esrlink.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** The two message shapes of the dead-letter queues on AWS, as the re-drive reads them. */
class SqsDeadLettersTest {

  @Test
  void anOnFailureDestinationRecordGivesTheOriginalEventItsFunctionAndTheError() {
    String body =
        """
        {"version":"1.0","timestamp":"2026-03-02T13:05:10.000Z",
         "requestContext":{"requestId":"e4b5","functionArn":"arn:aws:lambda:eu-west-2:123456789012:function:EsrLink-FunctionsIngestEsrFile-AbC:$LATEST",
           "condition":"RetriesExhausted","approximateInvokeCount":3},
         "requestPayload":{"Records":[{"s3":{"bucket":{"name":"in"},"object":{"key":"DE_EOE_RMC_20260302_00000012.DAT"}}}]},
         "responseContext":{"statusCode":200,"functionError":"Unhandled"},
         "responsePayload":{"errorMessage":"table throttled","errorType":"EsrLinkException"}}
        """;
    DeadLetter letter = SqsDeadLetters.letter(Message.builder().messageId("m1").body(body).build());
    assertThat(letter.id()).isEqualTo("m1");
    assertThat(letter.function()).isEqualTo("EsrLink-FunctionsIngestEsrFile-AbC");
    assertThat(letter.payload())
        .isEqualTo(
            "{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"in\"},\"object\":{\"key\":\"DE_EOE_RMC_20260302_00000012.DAT\"}}}]}");
    assertThat(letter.error()).isEqualTo("table throttled");
  }

  @Test
  void aScheduleMessageIsTheJobPayloadWithTheTargetAndErrorInAttributes() {
    Message message =
        Message.builder()
            .messageId("m2")
            .body("{\"job\":\"APP\",\"lo\":\"EOE\"}")
            .messageAttributes(
                Map.of(
                    "TARGET_ARN",
                    text("arn:aws:lambda:eu-west-2:123456789012:function:EsrLink-ExportToEsr"),
                    "ERROR_MESSAGE",
                    text("Rate exceeded")))
            .build();
    DeadLetter letter = SqsDeadLetters.letter(message);
    assertThat(letter.function()).isEqualTo("EsrLink-ExportToEsr");
    assertThat(letter.payload()).isEqualTo("{\"job\":\"APP\",\"lo\":\"EOE\"}");
    assertThat(letter.error()).isEqualTo("Rate exceeded");
  }

  private static MessageAttributeValue text(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }
}
