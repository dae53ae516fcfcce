package io.apigwsim.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the serve command was asked to do, parsed from its arguments.
 *
 * @param definition the definition file to serve
 * @param sam whether it is a SAM template ({@code --sam}) rather than an OpenAPI document ({@code --openapi})
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param stage the stage to serve instead of the definition's, if given
 * @param parameters SAM template parameters, in the order given
 * @param samApi the SAM template's API to serve, if given
 * @param functions handler class names by function name, in the order given
 * @param watch whether to reload when the definition or the class path's class directories change ({@code --watch})
 */
public record ServeOptions(
        Path definition,
        boolean sam,
        String host,
        int port,
        Optional<String> stage,
        Map<String, String> parameters,
        Optional<String> samApi,
        Map<String, String> functions,
        boolean watch) {

    /** The port served unless {@code --port} says otherwise, serverless-offline's and {@code sam local}'s. */
    public static final int DEFAULT_PORT = 3000;

    /** The address served unless {@code --host} says otherwise: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The usage text, printed by {@code --help} and after a usage error. */
    public static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: Serve (--sam template.yaml | --openapi api.yaml) [options]",
            "  --sam FILE              serve the API of this SAM template, handlers from the class path",
            "  --openapi FILE          serve the API of this OpenAPI 3.0 / Swagger 2.0 document",
            "  --function NAME=CLASS   the handler class of a function the definition names (repeatable)",
            "  --parameter NAME=VALUE  a SAM template parameter, as sam deploy --parameter-overrides (repeatable)",
            "  --sam-api LOGICAL_ID    the API to serve when the template declares several",
            "  --stage NAME            the stage to serve instead of the definition's",
            "  --port N                the port, 0 for any free one (default " + DEFAULT_PORT + ")",
            "  --host ADDRESS          the address to listen on (default " + DEFAULT_HOST + ", loopback only)",
            "  --watch                 reload when the definition or the class path's class directories change",
            "  --help                  print this text");

    /** Copy the maps, keeping their order. */
    public ServeOptions {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }

    /**
     * Parse the command's arguments; {@code --name value} and {@code --name=value} are both accepted.
     *
     * @param args the arguments
     * @return the options, or empty when {@code --help} was asked for
     * @throws UsageException naming the argument that is wrong and how to write it
     */
    public static Optional<ServeOptions> parse(List<String> args) {
        Path sam = null;
        Path openApi = null;
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        String stage = null;
        String samApi = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> functions = new LinkedHashMap<>();
        boolean watch = false;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (arg.equals("--help") || arg.equals("-h")) {
                return Optional.empty();
            }
            if (!arg.startsWith("--")) {
                throw new UsageException(
                        "Unexpected argument \"" + arg + "\"; options start with --, such as" + " --sam template.yaml");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (name.equals("--watch")) {
                if (equals >= 0) {
                    throw new UsageException("The option --watch takes no value; write --watch alone");
                }
                watch = true;
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (!rest.isEmpty() && !rest.get(0).startsWith("--")) {
                value = rest.remove(0);
            } else {
                value = null;
            }
            if (!isKnown(name)) {
                throw new UsageException("Unknown option " + name + "; see --help for the options");
            }
            if (value == null || value.isEmpty()) {
                throw new UsageException("The option " + name + " needs a value, as in " + example(name));
            }
            switch (name) {
                case "--sam" -> sam = once(name, sam, Path.of(value));
                case "--openapi" -> openApi = once(name, openApi, Path.of(value));
                case "--host" -> host = value;
                case "--port" -> port = port(value);
                case "--stage" -> stage = once(name, stage, value);
                case "--sam-api" -> samApi = once(name, samApi, value);
                case "--parameter" -> put(name, parameters, value);
                default -> put(name, functions, value);
            }
        }
        if ((sam == null) == (openApi == null)) {
            throw new UsageException(
                    sam == null
                            ? "Give the definition to serve: --sam template.yaml or --openapi api.yaml"
                            : "Give one definition to serve, --sam or --openapi, not both");
        }
        if (sam == null && samApi != null) {
            throw new UsageException("--sam-api chooses an API of a SAM template; it does not apply to --openapi");
        }
        if (sam == null && !parameters.isEmpty()) {
            throw new UsageException("--parameter sets a SAM template parameter; it does not apply to --openapi");
        }
        return Optional.of(new ServeOptions(
                sam != null ? sam : openApi,
                sam != null,
                host,
                port,
                Optional.ofNullable(stage),
                parameters,
                Optional.ofNullable(samApi),
                functions,
                watch));
    }

    private static boolean isKnown(String name) {
        return List.of("--sam", "--openapi", "--host", "--port", "--stage", "--sam-api", "--parameter", "--function")
                .contains(name);
    }

    private static String example(String name) {
        return switch (name) {
            case "--sam" -> "--sam template.yaml";
            case "--openapi" -> "--openapi api.yaml";
            case "--host" -> "--host 0.0.0.0";
            case "--port" -> "--port 3000";
            case "--stage" -> "--stage dev";
            case "--sam-api" -> "--sam-api PetsApi";
            case "--parameter" -> "--parameter Stage=dev";
            default -> "--function PetsFunction=com.example.PetsHandler";
        };
    }

    private static <T> T once(String name, T current, T value) {
        if (current != null) {
            throw new UsageException("The option " + name + " is given twice; give it once");
        }
        return value;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(
                "--port " + value + " is not a port; give a number from 0 to 65535 (0: any free port)");
    }

    private static void put(String name, Map<String, String> map, String value) {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw new UsageException(name + " " + value + " is not NAME=VALUE; write it as in " + example(name));
        }
        String key = value.substring(0, equals);
        if (map.putIfAbsent(key, value.substring(equals + 1)) != null) {
            throw new UsageException(name + " " + key + " is given twice; give it once");
        }
    }
}
