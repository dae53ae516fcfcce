package io.apigwsim.internal.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A parsed resource path template such as {@code /pets/{id}} or {@code /files/{proxy+}}. */
final class RouteTemplate {

    /** What one path part of a template is. */
    enum Kind {
        LITERAL,
        VARIABLE,
        GREEDY
    }

    /**
     * One path part of a template.
     *
     * @param kind literal, {@code {name}} or {@code {name+}}
     * @param text the literal text, or the variable name without braces and {@code +}
     */
    record Segment(Kind kind, String text) {

        /** The path part as written in the template, such as {@code pets}, {@code {id}} or {@code {proxy+}}. */
        String pathPart() {
            return switch (kind) {
                case LITERAL -> text;
                case VARIABLE -> "{" + text + "}";
                case GREEDY -> "{" + text + "+}";
            };
        }

        boolean isVariable() {
            return kind != Kind.LITERAL;
        }
    }

    private final String path;
    private final List<Segment> segments;

    private RouteTemplate(String path, List<Segment> segments) {
        this.path = path;
        this.segments = List.copyOf(segments);
    }

    /** Which characters the literal path parts of a template may hold. */
    enum Literals {
        /**
         * A REST resource's path part: letters, digits, {@code .}, {@code _}, {@code -}, {@code :}, {@code ,} and
         * {@code $} (docs/behavior.md#rest-resource-path-characters).
         */
        REST_RESOURCE,
        /**
         * An HTTP API route's path, compared with the decoded request path: any character but a control character
         * and {@code ?} [UNCERTAIN] (docs/behavior.md#rest-resource-path-characters, #uncertain-robustness).
         */
        HTTP_ROUTE
    }

    /** Parse a template, throwing {@link InvalidRouteException} with the rule and a fix when it is invalid. */
    static RouteTemplate parse(String path, Literals literals) {
        Objects.requireNonNull(path, "path");
        checkCharacters(path, literals);
        if (!path.startsWith("/")) {
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH,
                    RouteMessages.mustStartWithSlash(path.isEmpty() ? "/pets/{id}" : withoutEmptySegments("/" + path)));
        }
        if (path.equals("/")) {
            return new RouteTemplate(path, List.of());
        }
        if (path.endsWith("/")) {
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH, RouteMessages.trailingSlash(withoutEmptySegments(path)));
        }
        String[] parts = path.substring(1).split("/", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new InvalidRouteException(
                        InvalidRouteException.Part.PATH, RouteMessages.emptySegment(withoutEmptySegments(path)));
            }
        }
        List<Segment> segments = new ArrayList<>(parts.length);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            Segment segment = parseSegment(parts, i);
            if (segment.kind() == Kind.LITERAL && literals == Literals.REST_RESOURCE) {
                checkResourcePathPart(segment.text());
            }
            if (segment.isVariable() && !names.add(segment.text())) {
                parts[i] = renamed(segment, names);
                throw new InvalidRouteException(
                        InvalidRouteException.Part.PATH,
                        RouteMessages.duplicateVariable("{" + segment.text() + "}", "/" + String.join("/", parts)));
            }
            if (segment.kind() == Kind.GREEDY && i < parts.length - 1) {
                throw new InvalidRouteException(
                        InvalidRouteException.Part.PATH,
                        RouteMessages.greedyNotLast(
                                segment.pathPart(),
                                "/" + String.join("/", List.of(parts).subList(0, i + 1))));
            }
            segments.add(segment);
        }
        return new RouteTemplate(path, segments);
    }

    // Characters no request path can carry at this place: a control character, the "?" that starts the query string
    // and, for REST APIs, which do not decode the path, the "#" of a fragment a client never sends
    // (docs/behavior.md#rest-resource-path-characters).
    private static void checkCharacters(String path, Literals literals) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new InvalidRouteException(
                        InvalidRouteException.Part.PATH,
                        RouteMessages.controlCharacter(
                                String.format(Locale.ROOT, "U+%04X", (int) c), i, without(path, i)));
            }
        }
        int question = path.indexOf('?');
        if (question >= 0) {
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH, RouteMessages.queryString(path.substring(0, question)));
        }
        int hash = path.indexOf('#');
        if (hash >= 0 && literals == Literals.REST_RESOURCE) {
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH, RouteMessages.fragment(path.substring(0, hash)));
        }
    }

    // API Gateway's rule for a resource's path part (docs/behavior.md#rest-resource-path-characters).
    private static void checkResourcePathPart(String pathPart) {
        StringBuilder allowed = new StringBuilder(pathPart.length());
        String refused = null;
        for (int i = 0; i < pathPart.length(); i++) {
            char c = pathPart.charAt(i);
            if (validNameChar(c) || c == ':' || c == ',' || c == '$') {
                allowed.append(c);
            } else if (refused == null) {
                refused = Character.isHighSurrogate(c) && i + 1 < pathPart.length()
                        ? pathPart.substring(i, i + 2)
                        : String.valueOf(c);
            }
        }
        if (refused != null) {
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH,
                    RouteMessages.invalidPathPart(
                            pathPart, refused, allowed.length() == 0 ? "pets" : allowed.toString()));
        }
    }

    private static String without(String path, int index) {
        String rest = path.substring(0, index) + path.substring(index + 1);
        StringBuilder cleaned = new StringBuilder(rest.length());
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** The template exactly as declared. */
    String path() {
        return path;
    }

    List<Segment> segments() {
        return segments;
    }

    /** The template of the parent resource of path part {@code index}, such as {@code /pets} for {@code {id}}. */
    String parentPath(int index) {
        StringBuilder parent = new StringBuilder();
        for (int i = 0; i < index; i++) {
            parent.append('/').append(segments.get(i).pathPart());
        }
        return parent.length() == 0 ? "/" : parent.toString();
    }

    /** This template with path part {@code index} replaced. */
    String withPathPart(int index, String pathPart) {
        StringBuilder replaced = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            replaced.append('/').append(i == index ? pathPart : segments.get(i).pathPart());
        }
        return replaced.toString();
    }

    @Override
    public String toString() {
        return path;
    }

    private static Segment parseSegment(String[] parts, int index) {
        String part = parts[index];
        if (part.indexOf('{') < 0 && part.indexOf('}') < 0) {
            return new Segment(Kind.LITERAL, part);
        }
        if (!balanced(part)) {
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH, RouteMessages.unbalancedBrace(part, suggestedVariable(part)));
        }
        if (part.charAt(0) != '{' || part.indexOf('{', 1) >= 0 || part.indexOf('}') != part.length() - 1) {
            parts[index] = splitAtBraces(part);
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH, RouteMessages.wholeSegment("/" + String.join("/", parts)));
        }
        String inner = part.substring(1, part.length() - 1);
        boolean greedy = inner.endsWith("+");
        String name = greedy ? inner.substring(0, inner.length() - 1) : inner;
        if (name.isEmpty()) {
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH, RouteMessages.emptyVariable(part, greedy ? "{proxy+}" : "{id}"));
        }
        if (!validName(name)) {
            throw new InvalidRouteException(
                    InvalidRouteException.Part.PATH, RouteMessages.invalidVariableName(part, suggestedVariable(part)));
        }
        return new Segment(greedy ? Kind.GREEDY : Kind.VARIABLE, name);
    }

    /** Whether every brace opens and closes in order, without nesting. */
    private static boolean balanced(String part) {
        boolean open = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '{') {
                if (open) {
                    return false;
                }
                open = true;
            } else if (c == '}') {
                if (!open) {
                    return false;
                }
                open = false;
            }
        }
        return !open;
    }

    /** Variable names are kept to {@code [A-Za-z0-9._-]+}. */
    private static boolean validName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!validNameChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean validNameChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '-';
    }

    /** A valid variable made of the name characters of the part: "{id" gives "{id}", "{pet id}" gives "{petid}". */
    private static String suggestedVariable(String part) {
        boolean greedy = part.replace("}", "").endsWith("+");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < part.length(); i++) {
            if (validNameChar(part.charAt(i))) {
                name.append(part.charAt(i));
            }
        }
        if (name.length() == 0) {
            name.append(greedy ? "proxy" : "id");
        }
        return "{" + name + (greedy ? "+}" : "}");
    }

    /** The part with each variable made a segment of its own: {@code res{id}} becomes {@code res/{id}}. */
    private static String splitAtBraces(String part) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '{' && i > start) {
                pieces.add(part.substring(start, i));
                start = i;
            } else if (c == '}') {
                pieces.add(part.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < part.length()) {
            pieces.add(part.substring(start));
        }
        return String.join("/", pieces);
    }

    private static String renamed(Segment segment, Set<String> names) {
        int suffix = 2;
        while (names.contains(segment.text() + suffix)) {
            suffix++;
        }
        return new Segment(segment.kind(), segment.text() + suffix).pathPart();
    }

    private static String withoutEmptySegments(String path) {
        StringBuilder collapsed = new StringBuilder();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                collapsed.append('/').append(part);
            }
        }
        return collapsed.length() == 0 ? "/" : collapsed.toString();
    }
}
