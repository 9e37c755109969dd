package dev.esrlink.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.Topology;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class EmbeddedEmulatorsTest {

  private static final String KEY = "DE_EOE_RMF_20250101_00000001.DAT";

  @Test
  void startsProvisionsIdempotentlyAndStoresObjectsAndItems() {
    long s3MockPid;
    try (EmbeddedEmulators emulators = EmbeddedEmulators.start(EmulatorOptions.ephemeral())) {
      s3MockPid = emulators.s3MockPid();
      TopologyProvisioner.provision(emulators.s3(), emulators.dynamoDb());

      assertThat(emulators.s3().listBuckets().buckets())
          .extracting(b -> b.name())
          .containsExactlyInAnyOrderElementsOf(Topology.localBucketNames().values());
      TableDescription table =
          emulators.dynamoDb().describeTable(r -> r.tableName("esrlink")).table();
      assertThat(table.globalSecondaryIndexes())
          .extracting(i -> i.indexName())
          .containsExactlyInAnyOrder(Topology.LO_INDEX, Topology.REGISTRATION_INDEX);

      putAndGetObject(emulators);
      putAndGetItem(emulators);
      assertThat(emulators.functionEnvironment())
          .containsEntry("QUARKUS_S3_ENDPOINT_OVERRIDE", emulators.s3Endpoint().toString())
          .containsEntry("ESRLINK_BUCKETS_ESR_INBOUND", "esrlink-esr-inbound")
          .containsEntry("ESRLINK_TABLE_NAME", "esrlink")
          .containsEntry("AWS_REGION", "eu-west-2");
    }
    assertThat(ProcessHandle.of(s3MockPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void keepsDataInTheStateFolderAcrossStarts(@TempDir Path state) {
    try (EmbeddedEmulators first = EmbeddedEmulators.start(EmulatorOptions.persistentIn(state))) {
      putAndGetObject(first);
      putAndGetItem(first);
    }
    try (EmbeddedEmulators second = EmbeddedEmulators.start(EmulatorOptions.persistentIn(state))) {
      String body =
          second
              .s3()
              .getObjectAsBytes(r -> r.bucket(Bucket.ESR_INBOUND.localName()).key(KEY))
              .asUtf8String();
      assertThat(body).isEqualTo("HDR\r\n");
      assertThat(second.dynamoDb().getItem(r -> r.tableName("esrlink").key(key())).item())
          .containsEntry("status", AttributeValue.fromS("kept"));
    }
  }

  @Test
  void sharedStartsOncePerJvm() {
    assertThat(EmbeddedEmulators.shared()).isSameAs(EmbeddedEmulators.shared());
  }

  private static void putAndGetObject(EmbeddedEmulators emulators) {
    String bucket = Bucket.ESR_INBOUND.localName();
    emulators.s3().putObject(r -> r.bucket(bucket).key(KEY), RequestBody.fromString("HDR\r\n"));
    assertThat(emulators.s3().getObjectAsBytes(r -> r.bucket(bucket).key(KEY)).asUtf8String())
        .isEqualTo("HDR\r\n");
  }

  private static void putAndGetItem(EmbeddedEmulators emulators) {
    Map<String, AttributeValue> item = new java.util.HashMap<>(key());
    item.put("status", AttributeValue.fromS("kept"));
    emulators.dynamoDb().putItem(r -> r.tableName("esrlink").item(item));
    assertThat(emulators.dynamoDb().getItem(r -> r.tableName("esrlink").key(key())).item())
        .containsEntry("status", AttributeValue.fromS("kept"));
  }

  private static Map<String, AttributeValue> key() {
    return Map.of(
        "PK",
        AttributeValue.fromS("TPN#EOE/RGT00/030/STR/001"),
        "SK",
        AttributeValue.fromS("POST"));
  }
}
