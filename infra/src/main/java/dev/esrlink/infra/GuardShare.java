package dev.esrlink.infra;

import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Node;

/**
 * The mass-deletion guard's share (rule 7) from CDK context: {@code esrlink.massDeletionPercent}
 * for every Local Office (default 20, always set) and {@code esrlink.massDeletionPercent.<LO>} for
 * one, passed to the functions that apply RMFs (ingestEsrFile, operate).
 */
final class GuardShare {

  static final String ALL_VARIABLE = "ESRLINK_RULES_MASS_DELETION_PERCENT";
  static final int DEFAULT_PERCENT = 20;

  static final String BY_OFFICE_VARIABLE = "ESRLINK_RULES_MASS_DELETION_PERCENT_BY_OFFICE";

  private GuardShare() {}

  static void apply(HubFunctions functions, Node node) {
    Object all = node.tryGetContext(InfraSettings.PREFIX + "massDeletionPercent");
    List<String> byOffice = new ArrayList<>();
    for (String lo : Topology.LOCAL_OFFICES) {
      Object share = node.tryGetContext(InfraSettings.PREFIX + "massDeletionPercent." + lo);
      if (share != null) {
        byOffice.add(lo + "=" + percent(share));
      }
    }
    for (LambdaFunction function :
        List.of(LambdaFunction.INGEST_ESR_FILE, LambdaFunction.OPERATE)) {
      var lambda = functions.get(function).function();
      lambda.addEnvironment(
          ALL_VARIABLE, Integer.toString(all == null ? DEFAULT_PERCENT : percent(all)));
      if (!byOffice.isEmpty()) {
        lambda.addEnvironment(BY_OFFICE_VARIABLE, String.join(",", byOffice));
      }
    }
  }

  private static int percent(Object value) {
    int percent = (int) Double.parseDouble(String.valueOf(value));
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("a mass-deletion percent is from 0 to 100, not " + value);
    }
    return percent;
  }
}
