package io.apigwsim.internal.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PathPatternTests {

    // A pattern covers its path and everything below it, keys and array elements, but not a longer key.
    @Test
    void matches_the_path_and_below_it_only() {
        PathPattern identity = PathPattern.of("requestContext.identity");

        assertThat(identity.matches("requestContext.identity")).isTrue();
        assertThat(identity.matches("requestContext.identity.sourceIp")).isTrue();
        assertThat(identity.matches("requestContext.identityX")).isFalse();
        assertThat(identity.matches("requestContext")).isFalse();
        assertThat(PathPattern.of("multiValueHeaders.Via").matches("multiValueHeaders.Via[0]"))
                .isTrue();
    }

    // * stays within one key, and letters match in either case, as header names do.
    @Test
    void a_star_stays_within_one_key_and_case_does_not_matter() {
        PathPattern cloudFront = PathPattern.of("headers.CloudFront-*");

        assertThat(cloudFront.matches("headers.cloudfront-viewer-country")).isTrue();
        assertThat(cloudFront.matches("multiValueHeaders.CloudFront-Is-Mobile-Viewer[0]"))
                .isFalse();
        assertThat(PathPattern.of("*.X-Amz-Cf-Id").matches("headers.X-Amz-Cf-Id"))
                .isTrue();
        assertThat(PathPattern.of("*.X-Amz-Cf-Id").matches("requestContext.identity.X-Amz-Cf-Id"))
                .isFalse();
    }

    // Special characters of regular expressions are literal.
    @Test
    void quoted_keys_are_literal() {
        assertThat(PathPattern.of("headers[\"my.header\"]").matches("headers[\"my.header\"]"))
                .isTrue();
        assertThat(PathPattern.of("headers[\"my.header\"]").matches("headers[\"myXheader\"]"))
                .isFalse();
    }

    @Test
    void a_blank_pattern_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PathPattern.of(" "))
                .withMessageStartingWith("A path to ignore is blank;");
    }
}
