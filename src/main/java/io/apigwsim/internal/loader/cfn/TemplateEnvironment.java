package io.apigwsim.internal.loader.cfn;

import io.apigwsim.internal.loader.node.Node;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where the simulator pretends a template is deployed: the values of CloudFormation's pseudo parameters, and how to
 * read the files a template names (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
 *
 * @param region the region, {@code AWS::Region}, such as {@code us-east-1}
 * @param accountId the account, {@code AWS::AccountId}: twelve digits
 * @param stackName the stack's name, {@code AWS::StackName}
 * @param partition the partition, {@code AWS::Partition}: {@code aws}, {@code aws-cn} or {@code aws-us-gov}
 * @param includeLoader reads a file that an {@code AWS::Include} transform or a {@code DefinitionUri} names, relative
 *     to the template; {@code null} when the caller has no files, and then a template that names one fails clearly
 */
public record TemplateEnvironment(
        String region, String accountId, String stackName, String partition, Function<String, Node> includeLoader) {

    /** The account the simulator pretends to deploy into unless told otherwise. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    /** The stack name the simulator pretends to deploy unless told otherwise. */
    public static final String DEFAULT_STACK_NAME = "apigw-sim";

    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    // A fixed id keeps AWS::StackId well-formed and the same in every run.
    private static final String STACK_UUID = "5f0c8e30-1d2b-11ef-9a3c-0a1b2c3d4e5f";

    /** Check the parts. */
    public TemplateEnvironment {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(partition, "partition");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region \"" + region + "\" is not a region name such as us-east-1");
        }
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException(
                    "account id \"" + accountId + "\" must be twelve digits, such as " + DEFAULT_ACCOUNT_ID);
        }
        if (stackName.isBlank()) {
            throw new IllegalArgumentException("the stack name must not be blank");
        }
    }

    /**
     * The environment of a region, with the default account ({@value #DEFAULT_ACCOUNT_ID}) and stack name
     * ({@value #DEFAULT_STACK_NAME}), and the region's partition.
     *
     * @param region the region, such as {@code us-east-1}
     * @param includeLoader reads the files a template names, or {@code null}
     * @return the environment
     */
    public static TemplateEnvironment of(String region, Function<String, Node> includeLoader) {
        return new TemplateEnvironment(
                region, DEFAULT_ACCOUNT_ID, DEFAULT_STACK_NAME, partitionOf(region), includeLoader);
    }

    /** The partition a region belongs to: {@code aws-cn} for China, {@code aws-us-gov} for GovCloud, else {@code aws}. */
    static String partitionOf(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }

    /** {@code AWS::URLSuffix}: {@code amazonaws.com.cn} in China, {@code amazonaws.com} elsewhere. */
    String urlSuffix() {
        return partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
    }

    /** {@code AWS::StackId}: a stack ARN with a fixed id. */
    String stackId() {
        return "arn:" + partition + ":cloudformation:" + region + ":" + accountId + ":stack/" + stackName + "/"
                + STACK_UUID;
    }
}
