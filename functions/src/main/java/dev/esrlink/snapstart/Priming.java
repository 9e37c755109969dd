package dev.esrlink.snapstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.file.FileName;
import dev.esrlink.file.FileType;
import dev.esrlink.file.Layouts;
import dev.esrlink.file.RecordLayout;
import dev.esrlink.file.RecordMapper;
import dev.esrlink.function.ExportResult;
import dev.esrlink.function.JobEvent;
import dev.esrlink.function.S3EventNotification;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Exercises the hot paths of an event once, before Lambda takes the SnapStart snapshot: Jackson
 * binding of the event and result types, every record layout through the record mapper, file names,
 * and the SDK's request marshalling and signing for the DynamoDB and S3 calls the functions make.
 * The SDK requests go through clients of its own whose interceptor stops every request before it is
 * sent: nothing reaches AWS (the roles would refuse most of it anyway), and the functions' own
 * clients are untouched.
 */
public final class Priming {

  /** What one priming run went through. */
  public record Report(int jsonDocuments, int layouts, int fileNames, int stoppedRequests) {}

  private static final String S3_EVENT =
      "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"b\"},"
          + "\"object\":{\"key\":\"DE_EOE_RMF_20260101_00000001.DAT\",\"size\":1}}}]}";

  private static final List<String> FILE_NAMES =
      List.of(
          "DE_EOE_RMF_20260101_00000001.DAT",
          "DE_EOE_APC_20260101_00000001.DAT",
          "LETB_EOE_POSTS_20260101_000001.csv");

  private Priming() {}

  /** Runs every step; a step that fails is skipped (priming never stops a function starting). */
  public static Report prime() {
    return new Report(json(), layouts(), fileNames(), sdk());
  }

  private static int json() {
    ObjectMapper mapper = new ObjectMapper();
    try {
      S3EventNotification event = mapper.readValue(S3_EVENT, S3EventNotification.class);
      JobEvent job = mapper.readValue("{\"job\":\"APP\",\"lo\":\"EOE\"}", JobEvent.class);
      String result = mapper.writeValueAsString(ExportResult.of(job, List.of("file")));
      mapper.readTree(result);
      return event.records.size() + 2;
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  private static int layouts() {
    int count = 0;
    for (RecordLayout layout : Layouts.all()) {
      for (FileType.Format format : FileType.Format.values()) {
        new RecordMapper("EOE", format).map(layout, 1, "priming", field -> "", true);
      }
      count++;
    }
    return count;
  }

  private static int fileNames() {
    int count = 0;
    for (String name : FILE_NAMES) {
      try {
        FileName.parse(name).render();
        count++;
      } catch (RuntimeException e) {
        // a name the current layouts do not accept: nothing to prime
      }
    }
    return count;
  }

  private static int sdk() {
    StopBeforeSending stop = new StopBeforeSending();
    var credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
    try (var http = UrlConnectionHttpClient.create();
        DynamoDbClient dynamo =
            DynamoDbClient.builder()
                .region(Region.EU_WEST_2)
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(c -> c.addExecutionInterceptor(stop))
                .build();
        S3Client s3 =
            S3Client.builder()
                .region(Region.EU_WEST_2)
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(c -> c.addExecutionInterceptor(stop))
                .build()) {
      Map<String, AttributeValue> item =
          Map.of(
              "pk", AttributeValue.fromS("P#priming"),
              "sk", AttributeValue.fromS("S#priming"),
              "n", AttributeValue.fromN("1"));
      attempt(() -> dynamo.getItem(r -> r.tableName("priming").key(item)));
      attempt(() -> dynamo.putItem(r -> r.tableName("priming").item(item)));
      attempt(
          () ->
              dynamo.query(
                  r ->
                      r.tableName("priming")
                          .keyConditionExpression("pk = :p")
                          .expressionAttributeValues(Map.of(":p", item.get("pk")))));
      attempt(
          () ->
              dynamo.batchWriteItem(
                  r ->
                      r.requestItems(
                          Map.of(
                              "priming",
                              List.of(
                                  WriteRequest.builder()
                                      .putRequest(PutRequest.builder().item(item).build())
                                      .build())))));
      attempt(() -> s3.getObject(r -> r.bucket("priming").key("priming")));
      attempt(
          () -> s3.putObject(r -> r.bucket("priming").key("priming"), RequestBody.fromString("x")));
      attempt(() -> s3.listObjectsV2(r -> r.bucket("priming").prefix("priming/")));
    }
    return stop.stopped;
  }

  private static void attempt(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException expected) {
      // StopBeforeSending ended the call, as intended
    }
  }

  /** Ends every request after marshalling and signing, before the HTTP client sends it. */
  static final class StopBeforeSending implements ExecutionInterceptor {
    private int stopped;

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes a) {
      stopped++;
      throw new IllegalStateException("priming: not sent");
    }
  }
}
