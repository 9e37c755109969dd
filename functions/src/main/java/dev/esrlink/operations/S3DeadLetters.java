package dev.esrlink.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.store.ObjectStore;
import dev.esrlink.topology.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The local hub's dead-letter place: {@code dead-letters/<function>/<id>.json} in the operations
 * bucket, written by {@code esrlink-local} when a function fails an event for good, as {@code
 * {"function": name, "failedAt": instant, "error": text, "event": the event JSON}}. Keys sort by
 * the time of failure, so the oldest comes first.
 */
final class S3DeadLetters implements DeadLetters {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectStore objects;
  private final String bucket;

  S3DeadLetters(ObjectStore objects, String operationsBucket) {
    this.objects = objects;
    this.bucket = operationsBucket;
  }

  @Override
  public List<DeadLetter> waiting() {
    List<String> keys = new ArrayList<>(objects.keys(bucket, Topology.DEAD_LETTERS_PREFIX));
    keys.sort(
        (a, b) ->
            a.substring(a.lastIndexOf('/') + 1).compareTo(b.substring(b.lastIndexOf('/') + 1)));
    List<DeadLetter> letters = new ArrayList<>();
    for (String key : keys) {
      letters.add(read(key));
    }
    return letters;
  }

  private DeadLetter read(String key) {
    try {
      JsonNode letter = JSON.readTree(objects.text(bucket, key));
      JsonNode event = letter.path("event");
      return new DeadLetter(
          key,
          letter.path("function").asText(""),
          event.isMissingNode() ? "" : JSON.writeValueAsString(event),
          letter.path("error").asText(""));
    } catch (IOException e) {
      throw new EsrLinkException("dead letter " + key + " is not JSON", e);
    }
  }

  @Override
  public void remove(DeadLetter letter) {
    objects.delete(bucket, letter.id());
  }

  @Override
  public void keep(DeadLetter letter) {
    // an object stays where it is until removed
  }
}
