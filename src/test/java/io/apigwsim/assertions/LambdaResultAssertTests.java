package io.apigwsim.assertions;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LambdaResultAssertTests {

    private static final String PROXY_RESPONSE = "{\"statusCode\":200,\"body\":\"{\\\"id\\\":42}\"}";

    // A Java handler that throws: Lambda's error object and X-Amz-Function-Error: Unhandled
    // (https://docs.aws.amazon.com/lambda/latest/dg/java-exceptions.html).
    private static final String ERROR = "{\"errorMessage\":\"no pets today\",\"errorType\":"
            + "\"java.lang.IllegalStateException\",\"stackTrace\":[\"example.GetPetHandler.handleRequest(GetPetHandler.java:12)\"]}";

    private static LambdaResultAssert returned() {
        return new LambdaResultAssert(new TestPayload(PROXY_RESPONSE), Optional.empty());
    }

    private static LambdaResultAssert failed() {
        return new LambdaResultAssert(new TestPayload(ERROR), Optional.of("Unhandled"));
    }

    @Nested
    class IsEqualToJson {

        @Test
        void passes_ignoring_formatting_and_key_order() {
            returned().isEqualToJson("{\"body\": \"{\\\"id\\\":42}\", \"statusCode\": 200}");
        }

        @Test
        void fails_with_both_texts() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> returned().isEqualToJson("{\"statusCode\": 404}"))
                    .withMessage("""

                            Expecting the Lambda result to be JSON equal to:
                              {"statusCode": 404}
                            but was:
                              {"statusCode":200,"body":"{\\"id\\":42}"}""");
        }
    }

    @Nested
    class FunctionError {

        @Test
        void has_function_error_passes_when_the_function_failed() {
            failed().hasFunctionError();
        }

        @Test
        void has_function_error_fails_with_the_result_when_the_function_returned() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> returned().hasFunctionError())
                    .withMessage("""

                            Expecting the function to fail (X-Amz-Function-Error: Unhandled), but it returned:
                              {"statusCode":200,"body":"{\\"id\\":42}"}""");
        }

        @Test
        void has_function_error_fails_for_another_marker() {
            LambdaResultAssert handled = new LambdaResultAssert(new TestPayload(ERROR), Optional.of("Handled"));

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(handled::hasFunctionError)
                    .withMessage("""

                            Expecting X-Amz-Function-Error:
                              Unhandled
                            but was:
                              Handled""");
        }

        @Test
        void has_no_function_error_passes_when_the_function_returned() {
            returned().hasNoFunctionError();
        }

        @Test
        void has_no_function_error_fails_with_the_error_object() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> failed().hasNoFunctionError())
                    .withMessage("\nExpecting the function to return normally, but it failed (X-Amz-Function-Error: "
                            + "Unhandled):\n  " + ERROR);
        }
    }

    @Nested
    class ErrorObject {

        @Test
        void has_error_type_passes_for_the_exception_class() {
            failed().hasErrorType("java.lang.IllegalStateException");
        }

        @Test
        void has_error_type_fails_with_the_actual_type() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> failed().hasErrorType("IllegalStateException"))
                    .withMessage("""

                            Expecting errorType of the Lambda result to be:
                              "IllegalStateException"
                            but was:
                              "java.lang.IllegalStateException\"""");
        }

        @Test
        void has_error_message_passes_for_the_exception_message() {
            failed().hasErrorMessage("no pets today");
        }

        @Test
        void has_error_message_fails_when_the_function_returned_normally() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> returned().hasErrorMessage("no pets today"))
                    .withMessage("""

                            Expecting errorMessage of the Lambda result to be:
                              "no pets today"
                            but the Lambda result has no errorMessage; its keys are:
                              [statusCode, body]
                            The function returned normally (no X-Amz-Function-Error).""");
        }

        @Test
        void has_error_message_fails_when_the_result_is_not_an_object() {
            LambdaResultAssert text = new LambdaResultAssert(new TestPayload("\"hello\""), Optional.empty());

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> text.hasErrorMessage("no pets today"))
                    .withMessage("""

                            Expecting the Lambda result to be an error object with errorMessage:
                              "no pets today"
                            but it is not a JSON object:
                              "hello\"""");
        }
    }
}
