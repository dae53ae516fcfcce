package io.apigwsim.internal.vtl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.Token;

/**
 * Says in plain words why Velocity's parser rejected a template, and where. Velocity's own text lists the grammar's
 * token names ({@code <LOGICAL_AND>}, {@code "\u001c"}, ...) and the engine's internal template name; this keeps the
 * position and turns the rest into a sentence.
 */
final class SyntaxErrors {

    /** Where the parser stopped, and why. */
    record Problem(int line, int column, String reason) {}

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*at \\S*\\[line \\d+, column \\d+\\]\\s*$");
    private static final Pattern LEXICAL = Pattern.compile("Encountered: (<EOF>|'(.+?)' \\(\\d+\\)),");
    // Openers and closers of Velocity blocks, in either spelling: #if or #{if}.
    private static final Pattern BLOCK = Pattern.compile("#\\{?(if|foreach|macro|define|end)(?![A-Za-z0-9_-])\\}?");

    // Velocity's parser marks the end of the input with this character inside directive arguments.
    private static final String END_MARK = "\u001c";

    private static final Map<String, String> TOKEN_WORDS = Map.ofEntries(
            Map.entry("<RPAREN>", ")"),
            Map.entry("<LPAREN>", "("),
            Map.entry("<RBRACKET>", "]"),
            Map.entry("<LBRACKET>", "["),
            Map.entry("<COMMA>", ","),
            Map.entry("<DOT>", "."),
            Map.entry("<LOGICAL_AND>", "&&"),
            Map.entry("<LOGICAL_OR>", "||"),
            Map.entry("<LOGICAL_LT>", "<"),
            Map.entry("<LOGICAL_LE>", "<="),
            Map.entry("<LOGICAL_GT>", ">"),
            Map.entry("<LOGICAL_GE>", ">="),
            Map.entry("<LOGICAL_EQUALS>", "=="),
            Map.entry("<LOGICAL_NOT_EQUALS>", "!="),
            Map.entry("<LOGICAL_NOT>", "!"),
            Map.entry("<STRING_LITERAL>", "a string"),
            Map.entry("<INTEGER_LITERAL>", "a number"),
            Map.entry("<IDENTIFIER>", "a name"));

    private static final List<String> CLOSERS = List.of(")", "]", "}");

    private SyntaxErrors() {}

    static Problem describe(ParseException e, String source) {
        int[] position = position(e);
        return new Problem(position[0], position[1], reason(e, source));
    }

    private static int[] position(ParseException e) {
        if (e instanceof ExtendedParseException located && located.getLineNumber() > 0) {
            return new int[] {located.getLineNumber(), located.getColumnNumber()};
        }
        if (e.currentToken != null && e.currentToken.next != null) {
            return new int[] {e.currentToken.next.beginLine, e.currentToken.next.beginColumn};
        }
        Matcher matcher = POSITION.matcher(String.valueOf(e.getMessage()));
        if (matcher.find()) {
            return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
        }
        return new int[] {1, 1};
    }

    private static String reason(ParseException e, String source) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Lexical error")) {
            Matcher lexical = LEXICAL.matcher(message);
            if (lexical.find() && lexical.group(2) != null) {
                return "unexpected \"" + lexical.group(2) + "\"; check that the parentheses and quotes are balanced";
            }
            return "the template ends in the middle of an expression";
        }
        if (e.currentToken == null || e.expectedTokenSequences == null || e.currentToken.next == null) {
            String reason = LOCATION_SUFFIX.matcher(message).replaceFirst("");
            if (reason.contains("#foreach")) {
                reason += "; write it as #foreach($item in $list)";
            }
            return reason;
        }
        Token found = e.currentToken.next;
        List<String> expected = expected(e);
        if (found.kind == 0 || END_MARK.equals(found.image)) {
            String open = unclosedBlock(source);
            if (open != null) {
                return "the template ends before " + open + " is closed; add #end";
            }
            return "the template ends in the middle of an expression" + expectation(expected);
        }
        String image = found.image.trim();
        if (image.equals("#end") || image.equals("#{end}")) {
            return "#end has no #if, #foreach, #macro or #define to close";
        }
        if (image.startsWith("#else") || image.startsWith("#{else")) {
            return image + " is outside an #if";
        }
        return "unexpected \"" + image + "\"" + expectation(expected);
    }

    private static String expectation(List<String> expected) {
        List<String> closers = expected.stream().filter(CLOSERS::contains).toList();
        if (!closers.isEmpty()) {
            return "; expected " + quoted(closers);
        }
        if (expected.contains("a string") || expected.contains("a number")) {
            return "; expected a value";
        }
        return expected.isEmpty() ? "" : "; expected " + quoted(expected);
    }

    private static String quoted(List<String> words) {
        List<String> shown = new ArrayList<>();
        for (String word : words.subList(0, Math.min(words.size(), 6))) {
            shown.add(word.startsWith("a ") ? word : "\"" + word + "\"");
        }
        String text = String.join(" or ", shown);
        return words.size() > shown.size() ? text + " or ..." : text;
    }

    private static List<String> expected(ParseException e) {
        Set<String> words = new LinkedHashSet<>();
        for (int[] sequence : e.expectedTokenSequences) {
            if (sequence.length == 0 || e.tokenImage == null || sequence[0] >= e.tokenImage.length) {
                continue;
            }
            String image = e.tokenImage[sequence[0]];
            if (image.startsWith("\"") && image.endsWith("\"") && image.length() > 2) {
                String word = image.substring(1, image.length() - 1);
                if (!word.contains("\\u") && !word.contains(END_MARK)) {
                    words.add(word);
                }
            } else if (TOKEN_WORDS.containsKey(image)) {
                words.add(TOKEN_WORDS.get(image));
            }
        }
        return new ArrayList<>(words);
    }

    /** The innermost block opened and never closed, such as {@code "the #if at line 1, column 1"}, or null. */
    private static String unclosedBlock(String source) {
        String code = withoutCommentsAndLiterals(source);
        Deque<int[]> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        Matcher matcher = BLOCK.matcher(code);
        while (matcher.find()) {
            if (matcher.start() > 0 && code.charAt(matcher.start() - 1) == '\\') {
                continue;
            }
            if (matcher.group(1).equals("end")) {
                if (!names.isEmpty()) {
                    names.pop();
                    open.pop();
                }
            } else {
                names.push(matcher.group(1));
                open.push(lineAndColumn(code, matcher.start()));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        int[] at = open.peek();
        return "the #" + names.peek() + " at line " + at[0] + ", column " + at[1];
    }

    // Blanks out ## and #* *# comments and #[[ ]]# literal text, keeping every newline so positions still match.
    private static String withoutCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source);
        blank(code, Pattern.compile("(?s)#\\*.*?(\\*#|$)"));
        blank(code, Pattern.compile("(?s)#\\[\\[.*?(\\]\\]#|$)"));
        blank(code, Pattern.compile("##[^\\n]*"));
        return code.toString();
    }

    private static void blank(StringBuilder code, Pattern pattern) {
        Matcher matcher = pattern.matcher(code.toString());
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                if (code.charAt(i) != '\n') {
                    code.setCharAt(i, ' ');
                }
            }
        }
    }

    private static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
