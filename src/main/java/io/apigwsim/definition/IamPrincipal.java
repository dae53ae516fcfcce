package io.apigwsim.definition;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AWS identity whose signed requests an {@code AWS_IAM} method accepts: the access key id its requests are signed
 * with, and who it is (docs/behavior.md#rest-iam-authorization).
 *
 * <pre>{@code
 * IamPrincipal.user("AKIAIOSFODNN7EXAMPLE", "arn:aws:iam::123456789012:user/alice", "AIDAEXAMPLEALICE");
 * IamPrincipal.assumedRole("ASIAEXAMPLEROLEKEY1", "arn:aws:sts::123456789012:assumed-role/Deployer/ci",
 *         "AROAEXAMPLEROLEID:ci");
 * }</pre>
 *
 * @param accessKeyId the access key id in the request's {@code Credential}
 * @param arn the caller's ARN, {@code userArn} in the event
 * @param callerId the IAM user id ({@code AIDA...}) or role id and session ({@code AROA...:session}), {@code caller}
 *     and {@code user} in the event
 * @since 0.2
 */
public record IamPrincipal(String accessKeyId, String arn, String callerId) {

    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Z0-9]{16,128}");
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:(iam|sts)::(\\d{12}):.+");

    /**
     * Check the values.
     *
     * @param accessKeyId the access key id
     * @param arn the caller's ARN
     * @param callerId the caller's id
     */
    public IamPrincipal {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(callerId, "callerId");
        if (!ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            throw new ApiDefinitionException("Access key id \"" + accessKeyId + "\" is not one: 16 to 128 upper-case"
                    + " letters and digits, such as AKIAIOSFODNN7EXAMPLE");
        }
        if (!ARN.matcher(arn).matches()) {
            throw new ApiDefinitionException("\"" + arn + "\" is not an IAM user or STS assumed-role ARN, such as"
                    + " arn:aws:iam::123456789012:user/alice");
        }
    }

    /**
     * Declare an IAM user.
     *
     * @param accessKeyId the user's access key id
     * @param userArn such as {@code arn:aws:iam::123456789012:user/alice}
     * @param userId the user's id, such as {@code AIDAEXAMPLEALICE}
     * @return the principal
     * @since 0.2
     */
    public static IamPrincipal user(String accessKeyId, String userArn, String userId) {
        return new IamPrincipal(accessKeyId, userArn, userId);
    }

    /**
     * Declare a role session, as temporary credentials sign requests.
     *
     * @param accessKeyId the session's access key id
     * @param assumedRoleArn such as {@code arn:aws:sts::123456789012:assumed-role/Deployer/ci}
     * @param roleIdAndSession such as {@code AROAEXAMPLEROLEID:ci}
     * @return the principal
     * @since 0.2
     */
    public static IamPrincipal assumedRole(String accessKeyId, String assumedRoleArn, String roleIdAndSession) {
        return new IamPrincipal(accessKeyId, assumedRoleArn, roleIdAndSession);
    }

    /**
     * Return the account the caller belongs to, read from its ARN.
     *
     * @return the twelve-digit account id
     * @since 0.2
     */
    public String accountId() {
        Matcher matcher = ARN.matcher(arn);
        matcher.matches();
        return matcher.group(2);
    }
}
