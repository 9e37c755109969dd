package dev.esrlink.emulator;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start the embedded emulators.
 *
 * @param stateDir folder for the pid file and, when {@code persistent}, the emulators' data; a
 *     fresh temporary folder when null
 * @param persistent keep DynamoDB and S3 data in {@code stateDir} across starts
 * @param dynamoDbPort port of DynamoDB Local, 0 for a free one
 * @param s3Port port of S3Mock, 0 for a free one
 * @param s3MockJar the S3Mock {@code exec} jar; from system property {@value #S3MOCK_JAR_PROPERTY}
 *     when null
 */
public record EmulatorOptions(
    Path stateDir, boolean persistent, int dynamoDbPort, int s3Port, Path s3MockJar) {

  /** System property naming the S3Mock exec jar. */
  public static final String S3MOCK_JAR_PROPERTY = "esrlink.s3mock.jar";

  /** System property naming the folder of the shared (per JVM) emulators' pid file. */
  public static final String STATE_PROPERTY = "esrlink.emulator.state";

  /** Throw-away data in a temporary folder, free ports. */
  public static EmulatorOptions ephemeral() {
    return new EmulatorOptions(null, false, 0, 0, null);
  }

  /** Throw-away data; the pid file lives in {@code dir} so a later start can stop a stale one. */
  public static EmulatorOptions ephemeralIn(Path dir) {
    return new EmulatorOptions(dir, false, 0, 0, null);
  }

  /** Data kept in {@code dir} between starts, free ports. */
  public static EmulatorOptions persistentIn(Path dir) {
    return new EmulatorOptions(dir, true, 0, 0, null);
  }

  /** The same options on fixed ports. */
  public EmulatorOptions onPorts(int dynamoDb, int s3) {
    return new EmulatorOptions(stateDir, persistent, dynamoDb, s3, s3MockJar);
  }

  /** The same options with an explicit S3Mock jar. */
  public EmulatorOptions withS3MockJar(Path jar) {
    return new EmulatorOptions(stateDir, persistent, dynamoDbPort, s3Port, jar);
  }

  Optional<Path> stateDirectory() {
    return Optional.ofNullable(stateDir);
  }

  Path resolveS3MockJar() {
    if (s3MockJar != null) {
      return s3MockJar;
    }
    String property = System.getProperty(S3MOCK_JAR_PROPERTY);
    if (property == null || property.isBlank()) {
      throw new EmulatorException(
          "S3Mock jar unknown: set system property "
              + S3MOCK_JAR_PROPERTY
              + " to the s3mock exec jar (copied to localstack/emulators/target/s3mock by"
              + " ./mvnw package)");
    }
    return Path.of(property);
  }
}
