package dev.esrlink.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The dead-letter queues on AWS: each function's on-failure destination and the schedules' queue. A
 * message is received with a visibility timeout as long as a re-drive may take, so it is handed out
 * once per re-drive; it is deleted when delivered and made visible again when it fails.
 *
 * <p>An on-failure destination's message is Lambda's invocation record: the event under {@code
 * requestPayload}, the function in {@code requestContext.functionArn}, the error in {@code
 * responsePayload.errorMessage}. A schedule's message is the job payload itself, the error in the
 * {@code ERROR_MESSAGE} attribute and the target in {@code TARGET_ARN}.
 */
final class SqsDeadLetters implements DeadLetters {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Lambda's longest run: a message is not handed out twice within one re-drive. */
  private static final int VISIBILITY_SECONDS = 15 * 60;

  private final SqsClient sqs;
  private final List<String> queueUrls;
  private final Map<String, Received> received = new HashMap<>();

  private record Received(String queueUrl, String receiptHandle) {}

  SqsDeadLetters(SqsClient sqs, List<String> queueUrls) {
    this.sqs = sqs;
    this.queueUrls = List.copyOf(queueUrls);
  }

  @Override
  public List<DeadLetter> waiting() {
    List<DeadLetter> letters = new ArrayList<>();
    for (String queueUrl : queueUrls) {
      while (true) {
        List<Message> batch =
            sqs.receiveMessage(
                    b ->
                        b.queueUrl(queueUrl)
                            .maxNumberOfMessages(10)
                            .visibilityTimeout(VISIBILITY_SECONDS)
                            .waitTimeSeconds(0)
                            .messageAttributeNames("All"))
                .messages();
        if (batch.isEmpty()) {
          break;
        }
        for (Message message : batch) {
          received.put(message.messageId(), new Received(queueUrl, message.receiptHandle()));
          letters.add(letter(message));
        }
      }
    }
    return letters;
  }

  static DeadLetter letter(Message message) {
    String body = message.body();
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.has("requestPayload")) {
        String arn = node.path("requestContext").path("functionArn").asText("");
        return new DeadLetter(
            message.messageId(),
            functionName(arn),
            JSON.writeValueAsString(node.get("requestPayload")),
            node.path("responsePayload").path("errorMessage").asText(""));
      }
    } catch (IOException e) {
      // not JSON: handed over as it is and skipped by the re-drive
    }
    return new DeadLetter(
        message.messageId(),
        functionName(attribute(message, "TARGET_ARN")),
        body,
        attribute(message, "ERROR_MESSAGE"));
  }

  /** The function name of an ARN ({@code ...:function:<name>[:qualifier]}), else empty. */
  static String functionName(String arn) {
    int at = arn.indexOf(":function:");
    if (at < 0) {
      return "";
    }
    String rest = arn.substring(at + ":function:".length());
    int qualifier = rest.indexOf(':');
    return qualifier < 0 ? rest : rest.substring(0, qualifier);
  }

  private static String attribute(Message message, String name) {
    MessageAttributeValue value = message.messageAttributes().get(name);
    return value == null || value.stringValue() == null ? "" : value.stringValue();
  }

  @Override
  public void remove(DeadLetter letter) {
    Received r = received.remove(letter.id());
    if (r != null) {
      sqs.deleteMessage(b -> b.queueUrl(r.queueUrl()).receiptHandle(r.receiptHandle()));
    }
  }

  @Override
  public void keep(DeadLetter letter) {
    Received r = received.remove(letter.id());
    if (r != null) {
      sqs.changeMessageVisibility(
          b -> b.queueUrl(r.queueUrl()).receiptHandle(r.receiptHandle()).visibilityTimeout(0));
    }
  }
}
