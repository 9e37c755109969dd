package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.support.Hub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** A download that fails leaves nothing behind on the temporary disk. */
class ObjectStoreTest {
  @TempDir Path temp;

  @Test
  void aFailedDownloadLeavesNoTemporaryFolder() throws IOException {
    ObjectStore objects = new ObjectStore(EmbeddedEmulators.shared().s3(), temp);

    assertThatThrownBy(() -> objects.download(Hub.ESR_IN, "DE_WES_RMC_20260414_00000099.DAT"))
        .isInstanceOf(S3Exception.class);

    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }
}
