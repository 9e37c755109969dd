package dev.esrlink.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.file.Layouts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrimingTest {

  @Test
  void primingBindsTheEventsMapsEveryLayoutAndStopsEverySdkRequestBeforeItIsSent() {
    Priming.Report report = Priming.prime();
    assertThat(report.jsonDocuments()).isEqualTo(3);
    assertThat(report.layouts()).isEqualTo(Layouts.all().size()).isPositive();
    assertThat(report.fileNames()).isEqualTo(3);
    // seven calls (four DynamoDB, three S3) were marshalled and signed, and none left the JVM
    assertThat(report.stoppedRequests()).isEqualTo(7);
  }

  @Test
  void primingRunsOnlyUnderSnapStartUnlessForced() {
    assertThat(new SnapStartPriming(Optional.of(true)).enabled()).isTrue();
    assertThat(new SnapStartPriming(Optional.of(false)).enabled()).isFalse();
    boolean snapStart = "snap-start".equals(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
    assertThat(new SnapStartPriming(Optional.empty()).enabled()).isEqualTo(snapStart);
  }
}
