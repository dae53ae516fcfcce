package io.apigwsim.internal.vtl;

import static io.apigwsim.internal.vtl.Rendering.output;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Templates reach only what API Gateway offers them: $input, $util, $context, $stageVariables and the strings,
 * numbers, booleans, lists and maps they hold, with those values' own Java methods. Everything else (getClass,
 * reflection, class loaders, threads, System, Runtime, files) is out of reach, and a call to it renders like a
 * call to a method that does not exist: empty (docs/behavior.md#vtl-sandbox).
 */
class TemplateSandboxTests {

    @Nested
    class OutOfReach {

        // Each attack renders a marker around what it reached, so that a leak shows in the output.
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "$input.body.getClass()",
                    "$input.body.class",
                    "$input.body.class.name",
                    "$input.getClass().getName()",
                    "$util.class",
                    "$input.body.getClass().forName('java.lang.System')",
                    "$input.body.class.forName('java.lang.System').getProperty('user.home')",
                    "$input.getClass().getClassLoader()",
                    "$input.getClass().getClassLoader().loadClass('java.lang.System')",
                    "$util.getClass().forName('java.lang.Runtime')",
                    "$util.class.forName('java.lang.Runtime').getRuntime()",
                    "$context.getClass().forName('java.lang.ProcessBuilder')",
                    "$stageVariables.getClass().getMethods()",
                    "$input.body.getClass().forName('java.lang.System').getMethod('getProperty',"
                            + " $input.body.getClass()).invoke($null, 'user.home')",
                    "$input.body.getClass().forName('java.lang.System').getMethod('getenv').invoke($null)",
                    "$input.body.getClass().forName('java.lang.Thread').currentThread().getName()",
                    "$input.body.class.forName('java.lang.Thread').sleep(1)",
                    "$input.path('$.n').getClass().forName('java.lang.System').getenv()",
                    "$input.path('$.list').getClass().getProtectionDomain()",
                    "$input.path('$.map').getClass().getDeclaredFields()",
                    "$input.path('$.n').getInteger('java.specification.version')",
                    "$input.path('$.flag').getBoolean('java.specification.version')",
                    "#foreach($i in [1])$foreach.getClass()#end",
                    "$input.body.chars().getClass()",
                    "$input.body.lines().count()",
                })
        void renders_empty(String attack) {
            String rendered = output("[" + attack + "]", "{\"n\": 1, \"flag\": true, \"list\": [1], \"map\": {}}");

            assertThat(rendered).isEqualTo("[]");
        }

        // #set with a call that is out of reach leaves the variable unchanged, as for any null value
        // (docs/behavior.md#vtl-sandbox, #vtl-engine-rules).
        @Test
        void set_from_a_forbidden_call_keeps_the_previous_value() {
            String rendered = output("#set($c = 'unchanged')#set($c = $input.body.getClass())$c", "{}");

            assertThat(rendered).isEqualTo("unchanged");
        }

        @Test
        void runtime_exec_does_not_run(@TempDir Path directory) {
            Path marker = directory.resolve("exec-marker");

            output(
                    "#set($runtime = $input.body.getClass().forName('java.lang.Runtime').getRuntime())"
                            + "#set($process = $runtime.exec('touch " + marker + "'))$process.waitFor()",
                    "{}");

            assertThat(marker).doesNotExist();
        }

        @Test
        void process_builder_does_not_run(@TempDir Path directory) {
            Path marker = directory.resolve("process-marker");

            output(
                    "#set($type = $input.body.getClass().forName('java.lang.ProcessBuilder'))"
                            + "#set($list = $type.forName('java.util.List'))"
                            + "#set($builder = $type.getConstructor($list).newInstance(['touch', '" + marker + "']))"
                            + "$builder.start().waitFor()",
                    "{}");

            assertThat(marker).doesNotExist();
        }

        @Test
        void a_file_writer_cannot_be_made(@TempDir Path directory) {
            Path file = directory.resolve("written-by-a-template");

            output(
                    "#set($string = $input.body.getClass())"
                            + "#set($writer = $string.forName('java.io.FileWriter').getConstructor($string)"
                            + ".newInstance('" + file + "'))$writer.write('pwned')$writer.close()",
                    "{}");

            assertThat(file).doesNotExist();
        }

        @Test
        void a_file_cannot_be_created(@TempDir Path directory) {
            Path file = directory.resolve("created-by-a-template");

            output(
                    "#set($string = $input.body.getClass())"
                            + "#set($file = $string.forName('java.io.File').getConstructor($string)"
                            + ".newInstance('" + file + "'))$file.createNewFile()",
                    "{}");

            assertThat(file).doesNotExist();
        }

        // Iterating something that is not a list, a map or an array renders the #else branch, as for null.
        @Test
        void foreach_over_a_template_variable_does_not_iterate() {
            String rendered = output("#foreach($x in $util)[$x]#{else}none#end", "{}");

            assertThat(rendered).isEqualTo("none");
        }
    }

    @Nested
    class InReach {

        // Values behave like Java objects: String, Number, List and Map methods (docs/behavior.md#vtl-engine-rules).
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                $input.path('$.s').toUpperCase()                       | A,B,C
                $input.path('$.s').split(',').size()                   | 3
                `#foreach($p in $input.path('$.s').split(','))$p#end`  | abc
                $input.path('$.s').split(',')[1]                       | b
                $input.path('$.s').charAt(0)                           | a
                $input.path('$.s').charAt(0).isLetter($input.path('$.s').charAt(0)) | true
                $input.path('$.s').length()                            | 5
                $input.path('$.s').matches('[a-c,]+')                  | true
                $input.path('$.s').replace(',', ';')                   | a;b;c
                $input.path('$.s').indexOf('b')                        | 2
                $input.path('$.n').doubleValue()                       | 7.0
                $input.path('$.n').parseInt('123')                     | 123
                $input.path('$.n').compareTo(3)                        | 1
                $input.path('$.d').intValue()                          | 1
                $input.path('$.flag').booleanValue()                   | true
                $input.path('$.list').size()                           | 3
                $input.path('$.list').get(0)                           | 1
                $input.path('$.list').contains(2)                      | true
                $input.path('$.list').subList(1, 3)                    | [2, 3]
                $input.path('$.list').isEmpty()                        | false
                $input.path('$.map').keySet()                          | [a, b]
                $input.path('$.map').values()                          | [1, 2]
                $input.path('$.map').containsKey('a')                  | true
                $input.path('$.map').get('b')                          | 2
                `#foreach($e in $input.path('$.map').entrySet())$e.key=$e.value;#end` | a=1;b=2;
                `#foreach($i in [1..3])$foreach.index$foreach.hasNext,#end` | 0true,1true,2false,
                $util.urlEncode('a b').toString()                      | a+b
                $input.json('$.list').length()                         | 7
                $context.requestOverride.header.isEmpty()              | true
                $stageVariables.size()                                 | 0
                """)
        void values_keep_their_java_methods(String template, String expected) {
            String rendered = output(
                    template,
                    "{\"s\": \"a,b,c\", \"n\": 7, \"d\": 1.25, \"flag\": true, \"list\": [1, 2, 3],"
                            + " \"map\": {\"a\": 1, \"b\": 2}}");

            assertThat(rendered).isEqualTo(expected);
        }

        // Lists and maps built by a template keep their methods too (docs/behavior.md#vtl-engine-rules).
        @Test
        void lists_and_maps_built_by_a_template_are_usable() {
            String rendered = output(
                    "#set($l = [])#set($ignored = $l.add('x'))#set($ignored = $l.addAll(['y', 'z']))"
                            + "#set($m = {})#set($ignored = $m.put('k', $l))$m.get('k').size() $m $l.indexOf('y')",
                    "{}");

            assertThat(rendered).isEqualTo("3 {k=[x, y, z]} 1");
        }
    }
}
