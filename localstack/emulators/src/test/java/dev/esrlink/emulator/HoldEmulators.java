package dev.esrlink.emulator;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Test helper run as a child JVM: starts emulators in a folder, reports, then waits to be killed.
 */
public final class HoldEmulators {

  private HoldEmulators() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedEmulators emulators =
        EmbeddedEmulators.start(EmulatorOptions.ephemeralIn(Path.of(args[0])));
    System.out.println("READY " + emulators.s3MockPid());
    System.out.flush();
    new CountDownLatch(1).await(); // never opened: the test ends this JVM
  }
}
