package io.apigwsim.internal.loader.sam;

import io.apigwsim.internal.loader.node.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the function name out of a Lambda function ARN, {@code arn:aws:lambda:region:account:function:Name}, with an
 * optional {@code :alias} or {@code :version}, as a SAM authorizer's {@code FunctionArn} gives it.
 */
final class LambdaFunctionArn {

    private static final Pattern FUNCTION_ARN = Pattern.compile(
            "arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:([A-Za-z0-9_-]{1,140})(:[A-Za-z0-9$_-]+)?");

    private LambdaFunctionArn() {}

    /**
     * The function an ARN names.
     *
     * @param arn the resolved ARN
     * @param what what the ARN belongs to, for the message
     * @return the function name, without alias or version
     */
    static String functionName(Node arn, String what) {
        String text = SamFields.text(arn, what);
        Matcher matcher = FUNCTION_ARN.matcher(text);
        if (!matcher.matches()) {
            throw arn.location()
                    .error(what + " is \"" + text + "\", which is not a Lambda function ARN such as"
                            + " arn:aws:lambda:us-east-1:123456789012:function:Authorizer; name a function of the"
                            + " template with !GetAtt AuthorizerFunction.Arn");
        }
        return matcher.group(1);
    }
}
