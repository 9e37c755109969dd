package dev.esrlink.cli;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The invocation context AWS's runtime passes to a handler, for one local invocation. */
final class LocalContext implements Context {

  /** Lambda's own upper limit; local runs are not cut short. */
  private static final long TIMEOUT_MILLIS = 15 * 60 * 1000L;

  private static final int MEMORY_MB = 1024;

  private final String function;
  private final String requestId = UUID.randomUUID().toString();
  private final long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;

  LocalContext(String function) {
    this.function = function;
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/esrlink-" + function;
  }

  @Override
  public String getLogStreamName() {
    return "local/" + ProcessHandle.current().pid();
  }

  @Override
  public String getFunctionName() {
    return "esrlink-" + function;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:eu-west-2:000000000000:function:esrlink-" + function;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return (int) Math.max(0, deadline - System.currentTimeMillis());
  }

  @Override
  public int getMemoryLimitInMB() {
    return MEMORY_MB;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        System.err.println(message);
      }

      @Override
      public void log(byte[] message) {
        System.err.println(new String(message, StandardCharsets.UTF_8));
      }
    };
  }
}
