package io.apigwsim.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServeOptionsTests {

    private static ServeOptions parse(String... args) {
        return ServeOptions.parse(List.of(args)).orElseThrow();
    }

    @Nested
    class Accepted {

        @Test
        void a_sam_template_alone_is_served_on_loopback_port_3000() {
            ServeOptions options = parse("--sam", "template.yaml");

            assertThat(options)
                    .isEqualTo(new ServeOptions(
                            Path.of("template.yaml"),
                            true,
                            "127.0.0.1",
                            3000,
                            Optional.empty(),
                            Map.of(),
                            Optional.empty(),
                            Map.of(),
                            false));
        }

        @Test
        void every_option_in_both_spellings() {
            ServeOptions options = parse(
                    "--sam=t.yaml",
                    "--port",
                    "0",
                    "--host=0.0.0.0",
                    "--stage",
                    "dev",
                    "--parameter",
                    "Stage=dev",
                    "--parameter=Currency=USD",
                    "--sam-api",
                    "OrdersApi",
                    "--function",
                    "Extra=com.example.Extra",
                    "--watch");

            assertThat(options.definition()).isEqualTo(Path.of("t.yaml"));
            assertThat(options.port()).isZero();
            assertThat(options.host()).isEqualTo("0.0.0.0");
            assertThat(options.stage()).contains("dev");
            assertThat(options.parameters()).containsExactly(Map.entry("Stage", "dev"), Map.entry("Currency", "USD"));
            assertThat(options.samApi()).contains("OrdersApi");
            assertThat(options.functions()).containsExactly(Map.entry("Extra", "com.example.Extra"));
            assertThat(options.watch()).isTrue();
        }

        @Test
        void watch_is_a_flag_that_takes_no_value() {
            ServeOptions options = parse("--watch", "--sam", "t.yaml");

            assertThat(options.watch()).isTrue();
            assertThat(options.definition()).isEqualTo(Path.of("t.yaml"));
        }

        @Test
        void an_openapi_document_with_functions() {
            ServeOptions options = parse("--openapi", "api.yaml", "--function", "Pets=com.example.Pets::handleRequest");

            assertThat(options.sam()).isFalse();
            assertThat(options.functions()).containsExactly(Map.entry("Pets", "com.example.Pets::handleRequest"));
        }

        @Test
        void a_parameter_value_may_hold_an_equals_sign() {
            assertThat(parse("--sam", "t.yaml", "--parameter", "Filter=a=b").parameters())
                    .containsExactly(Map.entry("Filter", "a=b"));
        }

        @Test
        void help_asks_for_the_usage() {
            assertThat(ServeOptions.parse(List.of("--sam", "t.yaml", "--help"))).isEmpty();
            assertThat(ServeOptions.parse(List.of("-h"))).isEmpty();
        }
    }

    @Nested
    class Refused {

        private void refused(String message, String... args) {
            assertThatThrownBy(() -> ServeOptions.parse(List.of(args)))
                    .isInstanceOf(UsageException.class)
                    .hasMessage(message);
        }

        @Test
        void no_definition() {
            refused("Give the definition to serve: --sam template.yaml or --openapi api.yaml");
            refused("Give the definition to serve: --sam template.yaml or --openapi api.yaml", "--port", "3000");
        }

        @Test
        void two_definitions() {
            refused(
                    "Give one definition to serve, --sam or --openapi, not both",
                    "--sam",
                    "t.yaml",
                    "--openapi",
                    "a.yaml");
            refused("The option --sam is given twice; give it once", "--sam", "t.yaml", "--sam", "u.yaml");
        }

        @Test
        void an_unknown_option_or_a_stray_argument() {
            refused("Unknown option --template; see --help for the options", "--template", "t.yaml");
            refused(
                    "Unexpected argument \"template.yaml\"; options start with --, such as --sam template.yaml",
                    "template.yaml");
        }

        @Test
        void an_option_without_its_value() {
            refused("The option --sam needs a value, as in --sam template.yaml", "--sam");
            refused("The option --port needs a value, as in --port 3000", "--sam", "t.yaml", "--port", "--stage", "x");
            refused("The option --stage needs a value, as in --stage dev", "--sam", "t.yaml", "--stage=");
        }

        @Test
        void watch_with_a_value() {
            refused("The option --watch takes no value; write --watch alone", "--sam", "t.yaml", "--watch=true");
        }

        @Test
        void a_port_out_of_range_or_not_a_number() {
            refused(
                    "--port 65536 is not a port; give a number from 0 to 65535 (0: any free port)",
                    "--sam",
                    "t.yaml",
                    "--port",
                    "65536");
            refused(
                    "--port -1 is not a port; give a number from 0 to 65535 (0: any free port)",
                    "--sam",
                    "t.yaml",
                    "--port=-1");
            refused(
                    "--port http is not a port; give a number from 0 to 65535 (0: any free port)",
                    "--sam",
                    "t.yaml",
                    "--port",
                    "http");
        }

        @Test
        void a_pair_without_name_or_value() {
            refused(
                    "--parameter Stage is not NAME=VALUE; write it as in --parameter Stage=dev",
                    "--sam",
                    "t.yaml",
                    "--parameter",
                    "Stage");
            refused(
                    "--parameter =dev is not NAME=VALUE; write it as in --parameter Stage=dev",
                    "--sam",
                    "t.yaml",
                    "--parameter",
                    "=dev");
            refused(
                    "--function Pets= is not NAME=VALUE; write it as in --function PetsFunction=com.example.PetsHandler",
                    "--openapi",
                    "a.yaml",
                    "--function",
                    "Pets=");
        }

        @Test
        void a_pair_given_twice() {
            refused(
                    "--parameter Stage is given twice; give it once",
                    "--sam",
                    "t.yaml",
                    "--parameter",
                    "Stage=dev",
                    "--parameter",
                    "Stage=prod");
        }

        @Test
        void sam_options_with_an_openapi_document() {
            refused(
                    "--sam-api chooses an API of a SAM template; it does not apply to --openapi",
                    "--openapi",
                    "a.yaml",
                    "--sam-api",
                    "Api");
            refused(
                    "--parameter sets a SAM template parameter; it does not apply to --openapi",
                    "--openapi",
                    "a.yaml",
                    "--parameter",
                    "Stage=dev");
        }
    }
}
