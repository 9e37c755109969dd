package dev.esrlink.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --state DIR}: where the emulators keep their data between calls. */
final class StateOption {

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description = "Keep the emulators' data in DIR, so successive calls continue one world.")
  Path state;

  Optional<Path> directory() {
    return Optional.ofNullable(state).map(Path::toAbsolutePath);
  }
}
