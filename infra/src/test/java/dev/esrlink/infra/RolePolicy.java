package dev.esrlink.infra;

import static dev.esrlink.infra.SynthesizedStack.at;
import static dev.esrlink.infra.SynthesizedStack.list;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Allow statements of one role as the template has them, with a matcher that says whether they
 * allow an action on a resource. Resources are compared as text: a CloudFormation reference renders
 * as {@code <logicalId.Attribute>} and a join as its parts, so a declared call's resource, resolved
 * through the same stack, compares with the statement's. An IAM {@code *} or {@code ?} in a
 * statement's action or resource is a wildcard; a {@code StringLike s3:prefix} condition limits a
 * list to the prefixes it names. Any other condition key makes the statement not count.
 */
record RolePolicy(String role, List<Map<String, Object>> statements) {

  /** Whether some Allow statement grants {@code action} on {@code resource}. */
  boolean allows(String action, String resource, String listPrefix) {
    return statements.stream()
        .filter(s -> "Allow".equals(s.get("Effect")))
        .anyMatch(
            s ->
                list(s.get("Action")).stream().anyMatch(a -> glob((String) a, action))
                    && list(s.get("Resource")).stream().anyMatch(r -> glob(render(r), resource))
                    && conditionsHold(s.get("Condition"), listPrefix));
  }

  @SuppressWarnings("unchecked")
  private static boolean conditionsHold(Object condition, String listPrefix) {
    if (condition == null) {
      return true;
    }
    Map<String, Object> operators = (Map<String, Object>) condition;
    for (Map.Entry<String, Object> operator : operators.entrySet()) {
      Map<String, Object> keys = (Map<String, Object>) operator.getValue();
      for (Map.Entry<String, Object> key : keys.entrySet()) {
        boolean prefixLike =
            operator.getKey().equals("StringLike") && key.getKey().equals("s3:prefix");
        if (!prefixLike
            || listPrefix == null
            || list(key.getValue()).stream().noneMatch(p -> glob((String) p, listPrefix))) {
          return false;
        }
      }
    }
    return true;
  }

  /** IAM's matching: {@code *} any run of characters, {@code ?} one character. */
  static boolean glob(String pattern, String value) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*' || c == '?') {
        regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    regex.append(Pattern.quote(literal.toString()));
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
  }

  /** A template value (string, Ref, GetAtt, Join) as text. */
  static String render(Object value) {
    if (value instanceof String text) {
      return text;
    }
    Object ref = at(value, "Ref");
    if (ref != null) {
      return "<" + ref + ">";
    }
    Object getAtt = at(value, "Fn::GetAtt");
    if (getAtt != null) {
      return "<" + at(getAtt, 0) + "." + at(getAtt, 1) + ">";
    }
    Object join = at(value, "Fn::Join");
    if (join != null) {
      String separator = (String) at(join, 0);
      return list(at(join, 1)).stream()
          .map(RolePolicy::render)
          .collect(Collectors.joining(separator));
    }
    Object sub = at(value, "Fn::Sub");
    if (sub != null) {
      return String.valueOf(sub);
    }
    return String.valueOf(value);
  }
}
