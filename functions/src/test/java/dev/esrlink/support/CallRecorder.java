package dev.esrlink.support;

import dev.esrlink.topology.AwsCall;
import dev.esrlink.topology.AwsCalls;
import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Request;

/**
 * Records every call the function's SDK clients send, as the IAM action it needs and the resource
 * it names ({@link AwsCall}), so a test can hold a function's code to the calls declared for it in
 * {@link AwsCalls}. Registered on the Quarkus DynamoDB and S3 clients in the test configuration;
 * the tests' own clients ({@link Hub}, the emulators') are not recorded.
 */
public class CallRecorder implements ExecutionInterceptor {

  private static final List<AwsCall> CALLS = new CopyOnWriteArrayList<>();

  /** How many calls have been recorded, to pass to {@link #since}. */
  public static int mark() {
    return CALLS.size();
  }

  /** The calls recorded after {@code mark}. */
  public static List<AwsCall> since(int mark) {
    return List.copyOf(CALLS.subList(mark, CALLS.size()));
  }

  /**
   * The calls of {@code made} that {@code function}'s declaration does not cover (the tests run the
   * local hub's configuration, so its own calls count as declared).
   */
  public static List<AwsCall> undeclared(LambdaFunction function, List<AwsCall> made) {
    return made.stream().filter(c -> !AwsCalls.allowsOnLocalHub(function, c)).distinct().toList();
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    CALLS.addAll(calls(context.request()));
  }

  /** The IAM view of one SDK request; an unknown request records an action no one declares. */
  @SuppressWarnings("deprecation") // copySource: what the SDK has made of source bucket and key
  static List<AwsCall> calls(Object request) {
    List<AwsCall> calls = new ArrayList<>();
    if (request instanceof GetObjectRequest r) {
      calls.add(AwsCall.objects("s3:GetObject", bucket(r.bucket()), r.key()));
    } else if (request instanceof HeadObjectRequest r) {
      calls.add(AwsCall.objects("s3:GetObject", bucket(r.bucket()), r.key()));
    } else if (request instanceof PutObjectRequest r) {
      calls.add(AwsCall.objects("s3:PutObject", bucket(r.bucket()), r.key()));
    } else if (request instanceof CopyObjectRequest r && r.sourceBucket() == null) {
      // the SDK has already folded source bucket and key into the copy-source header
      String source = URLDecoder.decode(r.copySource(), StandardCharsets.UTF_8);
      int slash = source.indexOf('/');
      calls.add(
          AwsCall.objects(
              "s3:GetObject", bucket(source.substring(0, slash)), source.substring(slash + 1)));
      calls.add(AwsCall.objects("s3:PutObject", bucket(r.destinationBucket()), r.destinationKey()));
    } else if (request instanceof CopyObjectRequest r) {
      calls.add(AwsCall.objects("s3:GetObject", bucket(r.sourceBucket()), r.sourceKey()));
      calls.add(AwsCall.objects("s3:PutObject", bucket(r.destinationBucket()), r.destinationKey()));
    } else if (request instanceof DeleteObjectRequest r) {
      calls.add(AwsCall.objects("s3:DeleteObject", bucket(r.bucket()), r.key()));
    } else if (request instanceof ListObjectsV2Request r) {
      String prefix = r.prefix() == null ? "" : r.prefix();
      calls.add(AwsCall.bucket("s3:ListBucket", bucket(r.bucket()), prefix));
    } else if (request instanceof S3Request r) {
      calls.add(AwsCall.objects("s3:" + operation(r), Bucket.OPERATIONS, ""));
    } else if (request instanceof QueryRequest r && r.indexName() != null) {
      calls.add(AwsCall.index("dynamodb:Query", r.indexName()));
    } else if (request instanceof ScanRequest r && r.indexName() != null) {
      calls.add(AwsCall.index("dynamodb:Scan", r.indexName()));
    } else if (request instanceof DynamoDbRequest r) {
      calls.add(AwsCall.table("dynamodb:" + operation(r)));
    }
    return calls;
  }

  private static String operation(Object request) {
    return request.getClass().getSimpleName().replaceFirst("Request$", "");
  }

  private static Bucket bucket(String name) {
    for (Bucket bucket : Bucket.values()) {
      if (bucket.localName().equals(name)) {
        return bucket;
      }
    }
    // recording must not fail the call: a bucket outside the hub is an undeclared call
    return null;
  }
}
