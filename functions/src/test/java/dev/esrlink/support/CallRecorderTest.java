package dev.esrlink.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.AwsCall;
import dev.esrlink.topology.LambdaFunction;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** What the recorder makes of SDK requests, and that a call outside a declaration is found. */
class CallRecorderTest {

  @Test
  void aCopyNeedsAReadOfTheSourceAndAWriteOfTheTarget() {
    List<AwsCall> calls =
        CallRecorder.calls(
            CopyObjectRequest.builder()
                .sourceBucket(Hub.LETB_IN)
                .sourceKey("LETB_X.csv")
                .destinationBucket(Hub.OPS)
                .destinationKey("quarantine/LETB_X.csv")
                .build());
    assertThat(calls)
        .extracting(AwsCall::toString)
        .containsExactly(
            "s3:GetObject on letb-inbound/LETB_X.csv*",
            "s3:PutObject on operations/quarantine/LETB_X.csv*");
    assertThat(CallRecorder.undeclared(LambdaFunction.INGEST_LETB_FILE, calls)).isEmpty();
  }

  @Test
  @SuppressWarnings("deprecation") // copySource, as the SDK sends it
  void aCopySourceHeaderIsReadAsTheSourceAndABucketOutsideTheHubIsUndeclared() {
    List<AwsCall> calls =
        CallRecorder.calls(
            CopyObjectRequest.builder()
                .copySource(Hub.ESR_IN + "/DE_NTH_RMF%2B1.DAT")
                .destinationBucket("someone-elses-bucket")
                .destinationKey("x")
                .build());
    assertThat(calls)
        .extracting(AwsCall::toString)
        .containsExactly(
            "s3:GetObject on esr-inbound/DE_NTH_RMF+1.DAT*",
            "s3:PutObject on (a bucket outside the hub)/x*");
    assertThat(CallRecorder.undeclared(LambdaFunction.INGEST_ESR_FILE, calls)).hasSize(1);
  }

  @Test
  void callsOutsideTheDeclarationAreFound() {
    List<AwsCall> calls =
        List.of(
            CallRecorder.calls(PutObjectRequest.builder().bucket(Hub.ESR_OUT).key("RTC").build())
                .get(0),
            CallRecorder.calls(PutItemRequest.builder().tableName("esrlink").build()).get(0),
            CallRecorder.calls(QueryRequest.builder().indexName("NoSuchIndex").build()).get(0),
            CallRecorder.calls(
                    ListObjectsV2Request.builder().bucket(Hub.OPS).prefix("audit/").build())
                .get(0));
    assertThat(CallRecorder.undeclared(LambdaFunction.INGEST_LETB_FILE, calls))
        .extracting(AwsCall::action)
        .containsExactly("s3:PutObject", "dynamodb:Query", "s3:ListBucket");
    assertThat(CallRecorder.undeclared(LambdaFunction.STATUS, calls)).hasSize(4);
  }
}
