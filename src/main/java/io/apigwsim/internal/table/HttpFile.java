package io.apigwsim.internal.table;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.http.Headers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .http} file in the format of IntelliJ's HTTP client and VS Code's REST Client: requests separated
 * by {@code ###} lines (which may carry the next request's name), each a request line {@code METHOD target
 * [HTTP/version]}, header lines, a blank line and a body; {@code #} and {@code //} comment lines, {@code # @name x}
 * naming a request, and {@code @var = value} declarations used as {@code {{var}}}.
 *
 * <p>An absolute URL's path and query are the target; its scheme and host are dropped. What apigw-sim cannot honour
 * is refused with its line: response handler scripts ({@code > {% ... %}} or {@code > file.js}), bodies read from a
 * file ({@code < file}), undeclared and dynamic variables ({@code {{$uuid}}}). {@code <> file} lines, the links to
 * earlier responses IntelliJ appends after running a request, are skipped.
 */
final class HttpFile {

    private static final Pattern VARIABLE_DECLARATION = Pattern.compile("@([A-Za-z0-9_.-]+)\\s*=\\s?(.*)");
    private static final Pattern NAME_TAG = Pattern.compile("(?:#|//)\\s*@name\\s*=?\\s*(.+)");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    private static final Pattern HEADER = Pattern.compile("([^:\\s]+)\\s*:\\s?(.*)");
    private static final Pattern HTTP_VERSION = Pattern.compile("HTTP/[0-9.]+");

    private final String file;
    private final Map<String, String> variables = new HashMap<>();
    private final List<TableEntry> entries = new ArrayList<>();

    // The request being read: its name, request line, headers and body lines.
    private String name;
    private int requestLine;
    private String method;
    private String target;
    private Headers.Builder headers;
    private List<String> body;

    private HttpFile(String file) {
        this.file = file;
    }

    static List<TableEntry> read(String file, String text) {
        HttpFile reader = new HttpFile(file);
        reader.readLines(text.split("\\r?\\n", -1));
        if (reader.entries.isEmpty()) {
            throw new ApiDefinitionException(
                    file + ": the file holds no request; write a request line such as GET /pets/42");
        }
        return List.copyOf(reader.entries);
    }

    private void readLines(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String text = lines[i];
            String trimmed = text.strip();
            if (trimmed.startsWith("###")) {
                finishRequest();
                String separatorName = trimmed.substring(3).strip();
                name = separatorName.isEmpty() ? null : separatorName;
            } else if (method == null) {
                beforeRequestLine(trimmed, line);
            } else if (body == null) {
                inHeaders(text, trimmed, line);
            } else {
                inBody(text, trimmed, line);
            }
        }
        finishRequest();
    }

    private void beforeRequestLine(String trimmed, int line) {
        if (trimmed.isEmpty()) {
            return;
        }
        Matcher nameTag = NAME_TAG.matcher(trimmed);
        if (nameTag.matches()) {
            name = nameTag.group(1).strip();
            return;
        }
        if (trimmed.startsWith("#") || trimmed.startsWith("//")) {
            return;
        }
        Matcher declaration = VARIABLE_DECLARATION.matcher(trimmed);
        if (declaration.matches()) {
            variables.put(declaration.group(1), substitute(declaration.group(2).strip(), line));
            return;
        }
        requestLine(substitute(trimmed, line), line);
    }

    private void requestLine(String text, int line) {
        String[] parts = text.split("\\s+");
        int next = 0;
        String requestMethod = "GET";
        if (METHOD.matcher(parts[0]).matches()) {
            requestMethod = parts[0];
            next = 1;
        } else if (!parts[0].startsWith("/") && !parts[0].contains("://")) {
            throw error(line, "\"" + text + "\" is not a request line; write METHOD target, such as GET /pets/42");
        }
        if (next >= parts.length) {
            throw error(line, "the request line \"" + text + "\" has no target; write one, such as GET /pets/42");
        }
        String url = parts[next];
        if (parts.length > next + 2
                || parts.length == next + 2
                        && !HTTP_VERSION.matcher(parts[next + 1]).matches()) {
            throw error(
                    line,
                    "the request line \"" + text + "\" has more than a method, a target and an HTTP"
                            + " version; percent-encode spaces in the target as %20");
        }
        method = requestMethod;
        target = target(url, line);
        requestLine = line;
        headers = Headers.builder();
    }

    // An absolute URL's path and query are the target: the host is where the IDE sends it, not part of the route.
    private String target(String url, int line) {
        if (url.startsWith("/")) {
            return url;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw error(line, "the target \"" + url + "\" is not a URL: " + e.getReason());
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private void inHeaders(String text, String trimmed, int line) {
        if (trimmed.isEmpty()) {
            body = new ArrayList<>();
            return;
        }
        if (!text.isEmpty()
                && Character.isWhitespace(text.charAt(0))
                && (trimmed.startsWith("?") || trimmed.startsWith("&"))
                && headers.build().isEmpty()) {
            // A long query string may continue on indented lines that start with ? or &.
            target = target + (target.contains("?") ? "&" : "?") + substitute(trimmed.substring(1), line);
            return;
        }
        if (trimmed.startsWith("#") || trimmed.startsWith("//")) {
            return;
        }
        if (trimmed.startsWith(">") || trimmed.startsWith("<")) {
            bodyDirective(trimmed, line);
            return;
        }
        Matcher header = HEADER.matcher(substitute(trimmed, line));
        if (!header.matches()) {
            throw error(
                    line,
                    "\"" + trimmed + "\" is not a header line; write Name: value, and a blank line before"
                            + " the body");
        }
        headers.add(header.group(1), header.group(2).strip());
    }

    private void inBody(String text, String trimmed, int line) {
        if (trimmed.startsWith(">") || trimmed.startsWith("<")) {
            bodyDirective(trimmed, line);
            return;
        }
        body.add(substitute(text, line));
    }

    private void bodyDirective(String trimmed, int line) {
        if (trimmed.startsWith("<>")) {
            // A link to an earlier response, which IntelliJ appends after running the request: not part of it.
            return;
        }
        if (trimmed.startsWith(">")) {
            throw error(
                    line,
                    "response handler scripts (\"> {% ... %}\", \"> file.js\") are not run by apigw-sim;"
                            + " remove the handler and assert on the exchange in the test");
        }
        throw error(line, "bodies read from a file (\"< file\") are not supported; write the body in the .http file");
    }

    private void finishRequest() {
        if (method != null) {
            while (body != null && !body.isEmpty() && body.get(body.size() - 1).isBlank()) {
                body.remove(body.size() - 1);
            }
            Optional<String> text =
                    body == null || body.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", body));
            entries.add(new TableEntry(
                    name == null ? method + " " + target : name,
                    file,
                    requestLine,
                    method,
                    target,
                    headers.build(),
                    text,
                    List.of()));
        }
        name = null;
        method = null;
        target = null;
        headers = null;
        body = null;
    }

    private String substitute(String text, int line) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String variableName = variable.group(1);
            String value = variables.get(variableName);
            if (value == null) {
                throw error(line, undefined(variableName));
            }
            variable.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        variable.appendTail(result);
        return result.toString();
    }

    private String undefined(String variableName) {
        if (variableName.startsWith("$")) {
            return "the dynamic variable {{" + variableName + "}} is not supported; declare a value with @name = value"
                    + " and use {{name}}";
        }
        return "the variable {{" + variableName + "}} is not declared; declare it above its first use with @"
                + variableName + " = value (environment files are not read)";
    }

    private ApiDefinitionException error(int line, String message) {
        return new ApiDefinitionException(file + " line " + line + ": " + message);
    }

    @Override
    public String toString() {
        return "HttpFile[" + file + "]";
    }
}
