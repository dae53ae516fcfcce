package io.apigwsim.internal.jwt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cognito user pool named by a REST authorizer's provider ARN, and the issuer ({@code iss}) of the tokens it
 * signs (docs/behavior.md#rest-cognito-user-pool-authorizers).
 *
 * @param region the pool's region, for example {@code us-east-1}
 * @param accountId the account that owns the pool
 * @param userPoolId the pool's id, for example {@code us-east-1_EXAMPLE}
 */
public record CognitoUserPool(String region, String accountId, String userPoolId) {

    private static final Pattern ARN =
            Pattern.compile("arn:aws:cognito-idp:([a-z0-9-]+):([0-9]{12}):userpool/([A-Za-z0-9_-]+)");

    /**
     * Read a provider ARN, {@code arn:aws:cognito-idp:{region}:{account}:userpool/{userPoolId}}.
     *
     * @throws IllegalArgumentException when the text is not such an ARN, with the expected form
     */
    public static CognitoUserPool fromArn(String providerArn) {
        Matcher matcher = ARN.matcher(providerArn == null ? "" : providerArn);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("provider ARN \"" + providerArn + "\" is not a Cognito user pool ARN:"
                    + " expected arn:aws:cognito-idp:{region}:{account}:userpool/{userPoolId}, for example"
                    + " arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_EXAMPLE");
        }
        return new CognitoUserPool(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    /** The issuer of a pool's tokens: {@code https://cognito-idp.{region}.amazonaws.com/{userPoolId}}. */
    public static String issuer(String region, String userPoolId) {
        return "https://cognito-idp." + region + ".amazonaws.com/" + userPoolId;
    }

    /** The issuer ({@code iss}) of this pool's tokens. */
    public String issuer() {
        return issuer(region, userPoolId);
    }
}
