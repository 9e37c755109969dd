package dev.esrlink.infra;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Node;

/**
 * How the real ESR and LETB systems reach their buckets, from CDK context: {@code
 * esrlink.partner.esr} and {@code esrlink.partner.letb} name principals (12-digit AWS account ids
 * or IAM role ARNs, separated by {@code ;}, {@code ,} or spaces) for every Local Office, {@code
 * esrlink.partner.esr.<LO>} and {@code esrlink.partner.letb.<LO>} for one. Each gets exactly: put
 * into its inbound bucket under its own file names ({@code DE_<LO>_*} or {@code LETB_<LO>_*}), get
 * and list of the same names in its outbound bucket, and the key's data-key and decrypt actions
 * only through S3 in this region and only for those two buckets. With no principal configured the
 * stack grants no cross-account access at all.
 */
final class PartnerAccess {

  /** One partner system: its context key, file name stem, and buckets. */
  enum Partner {
    ESR("esr", "DE", Bucket.ESR_INBOUND, Bucket.ESR_OUTBOUND),
    LETB("letb", "LETB", Bucket.LETB_INBOUND, Bucket.LETB_OUTBOUND);

    final String key;
    final String stem;
    final Bucket inbound;
    final Bucket outbound;

    Partner(String key, String stem, Bucket inbound, Bucket outbound) {
      this.key = key;
      this.stem = stem;
      this.inbound = inbound;
      this.outbound = outbound;
    }
  }

  /** Principals given access to one partner's files of one Local Office ({@code *}: all). */
  record Grant(Partner partner, String localOffice, List<String> principals) {

    /** The object name pattern, e.g. {@code DE_EOE_*} or {@code LETB_*}. */
    String names() {
      return partner.stem + "_" + ("*".equals(localOffice) ? "" : localOffice + "_") + "*";
    }

    String sid(String what) {
      return partner.name() + ("*".equals(localOffice) ? "" : localOffice) + what;
    }
  }

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ROLE =
      Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");

  private PartnerAccess() {}

  /** Every configured grant; empty when no partner is named. */
  static List<Grant> grants(Node node) {
    List<Grant> grants = new ArrayList<>();
    for (Partner partner : Partner.values()) {
      principals(node, "partner." + partner.key)
          .ifPresent(p -> grants.add(new Grant(partner, "*", p)));
      for (String lo : Topology.LOCAL_OFFICES) {
        principals(node, "partner." + partner.key + "." + lo)
            .ifPresent(p -> grants.add(new Grant(partner, lo, p)));
      }
    }
    return grants;
  }

  static void apply(Node node, Storage storage, IKey key) {
    List<Grant> grants = grants(node);
    for (Grant grant : grants) {
      List<IPrincipal> principals =
          grant.principals().stream().map(PartnerAccess::principal).toList();
      var inbound = storage.bucket(grant.partner().inbound);
      var outbound = storage.bucket(grant.partner().outbound);
      inbound.addToResourcePolicy(
          PolicyStatement.Builder.create()
              .sid(grant.sid("PutsItsFiles"))
              .principals(principals)
              .actions(List.of("s3:PutObject"))
              .resources(List.of(inbound.arnForObjects(grant.names())))
              .build());
      outbound.addToResourcePolicy(
          PolicyStatement.Builder.create()
              .sid(grant.sid("GetsItsFiles"))
              .principals(principals)
              .actions(List.of("s3:GetObject"))
              .resources(List.of(outbound.arnForObjects(grant.names())))
              .build());
      outbound.addToResourcePolicy(
          PolicyStatement.Builder.create()
              .sid(grant.sid("ListsItsFiles"))
              .principals(principals)
              .actions(List.of("s3:ListBucket"))
              .resources(List.of(outbound.getBucketArn()))
              .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(grant.names()))))
              .build());
      key.addToResourcePolicy(
          PolicyStatement.Builder.create()
              .sid(grant.sid("UsesTheKeyThroughS3"))
              .principals(principals)
              .actions(List.of("kms:GenerateDataKey", "kms:Decrypt"))
              .resources(List.of("*"))
              .conditions(
                  Map.of(
                      "StringEquals",
                      Map.of(
                          "kms:ViaService",
                          "s3." + Stack.of(storage).getRegion() + ".amazonaws.com")))
              .build());
    }
  }

  private static java.util.Optional<List<String>> principals(Node node, String key) {
    Object raw = node.tryGetContext(InfraSettings.PREFIX + key);
    if (raw == null || String.valueOf(raw).isBlank()) {
      return java.util.Optional.empty();
    }
    List<String> principals = new ArrayList<>();
    Object[] values =
        raw instanceof List<?> list ? list.toArray() : String.valueOf(raw).split("[;,\\s]+");
    for (Object value : values) {
      String principal = String.valueOf(value).trim();
      if (principal.isEmpty()) {
        continue;
      }
      if (!ACCOUNT.matcher(principal).matches() && !ROLE.matcher(principal).matches()) {
        throw new IllegalArgumentException(
            InfraSettings.PREFIX
                + key
                + ": "
                + principal
                + " is neither a 12-digit AWS account id nor an IAM role ARN");
      }
      principals.add(principal);
    }
    return java.util.Optional.of(List.copyOf(principals));
  }

  private static IPrincipal principal(String value) {
    return ACCOUNT.matcher(value).matches() ? new AccountPrincipal(value) : new ArnPrincipal(value);
  }
}
