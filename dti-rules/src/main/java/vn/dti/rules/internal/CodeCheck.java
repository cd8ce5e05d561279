package vn.dti.rules.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dti.api.FindingCode;
import vn.dti.api.ReportStatus;
import vn.dti.api.ValueKind;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.ScoreSheet;
import vn.dti.text.Message;

/**
 * The static check of a rule file's code before anything is compiled or run (safe mode, the
 * default): a methodology folder's rules may use the scoring API and nothing else. A consequence
 * ({@code then … end}), a condition ({@code when … then}), a rule's attributes and a function's
 * body may hold only: calls on the global {@code score} (the methods of {@link ScoreSheet}; a
 * name it lacks is left to the compiler, which names it), {@code kcontext} as an argument, the rule's bound variables and what they
 * return (getters), enum constants of {@link FindingCode}, {@link ReportStatus} and
 * {@link ValueKind}, {@link Math}, functions the file declares (checked the same way), literals,
 * operators and local variables of simple types. Loops, {@code new}, reflection, lambdas and
 * method references, classes, other classes' static members ({@code System}, {@code Runtime},
 * {@code Thread}, {@code java.io}, {@code java.nio}, …), changing the facts ({@code insert},
 * {@code update}, {@code modify}, {@code delete}, {@code retract}, {@code drools}) and imports of
 * anything but the scoring API are refused, each at its line and column. Unicode escapes
 * ({@code \u005Cu…}) are refused anywhere in a rule file: Java reads them as code even inside a
 * comment or a string.
 *
 * <p>The check reads tokens, not Java's grammar: where it cannot tell, it refuses (a folder that
 * needs more is loaded in trusted mode). It knows both of Drools' dialects (Java and MVEL).
 */
public final class CodeCheck {
    /** The types a rule file may import, by their full names. */
    static final Map<String, Class<?>> API_TYPES;
    /** Member names never allowed on any value: reflection, the engine's runtime, the process. */
    private static final Set<String> BANNED_MEMBERS = Set.of("class", "getClass", "getDeclaringClass", "forName", "getClassLoader", "getRuntime",
            "exec", "invoke", "newInstance", "wait", "notify", "notifyAll", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
            "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "getModule", "getProtectionDomain", "setAccessible", "getSuperclass", "getInterfaces", "exit", "halt", "load",
            "loadLibrary", "getKieRuntime", "getKnowledgeRuntime", "getKieBase", "getKieSession", "getWorkingMemory", "getRule", "getMatch",
            "insert", "insertLogical", "update", "modify", "delete", "retract", "lookup", "getChannels", "getEntryPoint", "getGlobal",
            "setGlobal", "getGlobals", "getFactHandle", "getAgenda", "getQueryResults", "getObject", "getObjects");
    /** Words that are refused wherever they stand. */
    private static final Map<String, String> REFUSED_WORDS;
    /** Types a local variable or a function parameter may have. */
    private static final Set<String> SIMPLE_TYPES = Set.of("byte", "short", "int", "long", "float", "double", "boolean", "char", "String",
            "Double", "Integer", "Long", "Boolean", "Number", "var", "ComponentValue", "ScoreSheet", "FindingCode", "ReportStatus", "ValueKind");
    /** Words of Java, MVEL and DRL's conditions that do nothing by themselves. */
    private static final Set<String> HARMLESS_WORDS = Set.of("true", "false", "null", "this", "if", "else", "return", "final", "instanceof", "in",
            "not", "matches", "memberOf", "contains", "excludes", "soundslike", "and", "or", "exists", "forall", "eval", "accumulate", "from",
            "over", "is", "a", "after", "before", "coincides", "during", "finishes", "finishedby", "includes", "meets", "metby", "overlaps",
            "overlappedby", "starts", "startedby", "str", "switch", "case", "default", "break", "yield", "void");
    /** Calls a condition may make besides the scoring API: accumulate's functions. */
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "average", "min", "max", "collectList", "collectSet");
    /** Names a condition may match facts of ({@code Type( … )}). */
    private static final Set<String> FACT_TYPES = Set.of("ComponentValue", "vn.dti.rules.ComponentValue", "Number", "Object", "eval", "exists",
            "not", "forall", "accumulate", "collect", "and", "or", "in");
    private static final Set<String> MATH_MEMBERS = new HashSet<>();
    private static final Set<String> FACT_PROPERTIES = new HashSet<>();

    static {
        Map<String, Class<?>> api = new LinkedHashMap<>();
        for (Class<?> c : List.of(ComponentValue.class, ScoreSheet.class, FindingCode.class, ReportStatus.class, ValueKind.class, Math.class)) {
            api.put(c.getName(), c);
        }
        API_TYPES = Map.copyOf(api);
        for (Method m : Math.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                MATH_MEMBERS.add(m.getName());
            }
        }
        for (Field f : Math.class.getFields()) {
            MATH_MEMBERS.add(f.getName());
        }
        for (Method m : ComponentValue.class.getMethods()) {
            String n = m.getName();
            if (m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class) {
                String p = n.startsWith("get") && n.length() > 3 ? n.substring(3) : n.startsWith("is") && n.length() > 2 ? n.substring(2) : null;
                if (p != null) {
                    FACT_PROPERTIES.add(Character.toLowerCase(p.charAt(0)) + p.substring(1));
                }
            }
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (String loop : List.of("while", "for", "do", "foreach", "until")) {
            words.put(loop, "rules.sandbox.what.loop");
        }
        words.put("new", "rules.sandbox.what.new");
        for (String reflection : List.of("class", "getClass", "getDeclaringClass", "Class", "ClassLoader", "forName")) {
            words.put(reflection, "rules.sandbox.what.reflection");
        }
        for (String facts : List.of("insert", "insertLogical", "update", "modify", "delete", "retract", "drools", "with")) {
            words.put(facts, "rules.sandbox.what.facts");
        }
        for (String other : List.of("interface", "enum", "record", "synchronized", "import", "package", "def", "function", "goto", "native",
                "volatile", "transient", "strictfp", "throw", "try", "catch", "finally", "assert", "super", "extends", "implements")) {
            words.put(other, "rules.sandbox.what.keyword");
        }
        REFUSED_WORDS = Map.copyOf(words);
    }

    /**
     * One thing refused.
     *
     * @param line   its line in the text checked (1-based)
     * @param column its column (1-based)
     * @param rule   the rule it is in; null outside a rule (an import, a global, a function)
     * @param what   what is not allowed, in the catalogue's words
     */
    public record Refusal(int line, int column, String rule, Message what) {
        /** The whole refusal, in the catalogue's words, without its place. */
        public Message message() {
            return rule == null ? Message.of("rules.sandbox.refusedOutside", what) : Message.of("rules.sandbox.refused", rule, what);
        }
    }

    private enum Kind { WORD, STRING, NUMBER, OP }

    private record Token(Kind kind, String text, int line, int column) {
        boolean is(String s) {
            return text.equals(s) && kind != Kind.STRING;
        }
    }

    private final List<Token> tokens;
    private final List<Refusal> refusals = new ArrayList<>();
    private final Set<String> sheets = new HashSet<>();
    private final Set<String> functions = new HashSet<>();
    private final Set<String> lines = new HashSet<>();
    private String rule;
    /** Each rule's name with its first and last line, for what the tokens alone find (a Unicode escape). */
    private final List<Object[]> ruleLines = new ArrayList<>();

    private CodeCheck(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Checks a rule file (or the DRL a decision table makes).
     *
     * @param bytes the file, UTF-8
     * @return what is refused, in file order; empty when the file uses only the scoring API
     */
    public static List<Refusal> check(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Refusal> early = new ArrayList<>();
        List<Token> tokens = tokens(text, early);
        CodeCheck c = new CodeCheck(tokens);
        c.refusals.addAll(early);
        c.file();
        c.refusals.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        // one refusal per line is enough to find it (System.exit(0) inside a call of Files.write: the first)
        List<Refusal> out = new ArrayList<>();
        for (Refusal r : c.refusals) {
            if (out.isEmpty() || out.get(out.size() - 1).line() != r.line()) {
                out.add(r.rule() == null ? new Refusal(r.line(), r.column(), c.ruleAt(r.line()), r.what()) : r);
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ tokens

    private static final String[] OPERATORS = {">>>=", "<<=", ">>=", ">>>", "->", "::", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=",
        "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ".?", "!."};

    /** The file's tokens, comments left out; Unicode escapes and text blocks refused. */
    private static List<Token> tokens(String text, List<Refusal> refusals) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) == 'u') {
                // a Unicode escape is read by Java before anything else, in comments and strings too
                refusals.add(new Refusal(line, i - lineStart + 1, null, Message.of("rules.sandbox.what.unicode", text.substring(i, Math.min(n, i + 6)))));
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i = unicode(text, i, line, lineStart, refusals);
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                    i = unicode(text, i, line, lineStart, refusals);
                }
                i += 2;
            } else if (c == '"' || c == '\'') {
                int start = i;
                int col = i - lineStart + 1;
                if (c == '"' && text.startsWith("\"\"\"", i)) {
                    refusals.add(new Refusal(line, col, null, Message.of("rules.sandbox.what.keyword", "\"\"\"")));
                }
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                        i = unicode(text, i, line, lineStart, refusals);
                    }
                    i = unicode(text, i, line, lineStart, refusals);
                }
                if (i < n && text.charAt(i) == c) {
                    i++;
                }
                out.add(new Token(Kind.STRING, text.substring(start, i), line, col));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '_'
                        || ((text.charAt(i) == '+' || text.charAt(i) == '-') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), line, start - lineStart + 1));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.WORD, text.substring(start, i), line, start - lineStart + 1));
            } else {
                String op = String.valueOf(c);
                for (String o : OPERATORS) {
                    if (text.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                out.add(new Token(Kind.OP, op, line, i - lineStart + 1));
                i += op.length();
            }
        }
        return out;
    }

    /** The next index, after noting a Unicode escape at {@code i} (inside a comment or a string). */
    private static int unicode(String text, int i, int line, int lineStart, List<Refusal> refusals) {
        if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
            refusals.add(new Refusal(line, i - lineStart + 1, null, Message.of("rules.sandbox.what.unicode",
                    text.substring(i, Math.min(text.length(), i + 6)))));
        }
        return i + 1;
    }

    // ------------------------------------------------------------------ the file

    /** The rule a line belongs to; null outside rules. */
    private String ruleAt(int line) {
        for (Object[] r : ruleLines) {
            if ((int) r[1] <= line && line <= (int) r[2]) {
                return (String) r[0];
            }
        }
        return null;
    }

    private Token at(int i) {
        return i < tokens.size() ? tokens.get(i) : new Token(Kind.OP, "", tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line(), 1);
    }

    private void refuse(Token t, String key, String what) {
        // one refusal per place and kind is enough
        if (lines.add(t.line() + ":" + t.column() + ":" + key)) {
            refusals.add(new Refusal(t.line(), t.column(), rule, Message.of(key, shown(what))));
        }
    }

    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile("\\b((?:[a-z_$][\\w$]*\\.)+)([A-Z][\\w$.*]*)");

    /**
     * Code as a refusal quotes it: a class named with its package is written with the package
     * after it ({@code java.nio.file.Files.writeString} as {@code Files.writeString (java.nio.file)}),
     * so that no message reads as a leaked Java class name.
     */
    static String shown(String code) {
        java.util.regex.Matcher m = QUALIFIED.matcher(code);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String pkg = m.group(1).substring(0, m.group(1).length() - 1);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group(2) + " (" + pkg + ")"));
        }
        return m.appendTail(sb).toString();
    }

    private void file() {
        // functions first: a rule may call a function declared further down
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (at(i).is("function") && (i == 0 || !at(i - 1).is("import")) && at(i + 2).kind() == Kind.WORD) {
                int k = i + 1;
                while (at(k + 1).is(".") || at(k + 1).is("[") || at(k + 1).is("]")) {
                    k += at(k + 1).is(".") ? 2 : 1;
                }
                functions.add(at(k + 1).text());
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            Token t = at(i);
            rule = null;
            if (t.is(";")) {
                i++;
            } else if (t.is("package")) {
                i = qualifiedName(i + 1).end;
            } else if (t.is("dialect")) {
                i += 2;
            } else if (t.is("import")) {
                i = imports(i);
            } else if (t.is("global")) {
                i = global(i);
            } else if (t.is("function")) {
                i = function(i);
            } else if (t.is("rule")) {
                i = rule(i);
            } else if (t.is("query")) {
                rule = at(i + 1).text();
                int end = until(i + 2, "end");
                region(i + 2, end, true, new HashSet<>());
                i = end + 1;
            } else {
                refuse(t, "rules.sandbox.what.construct", t.text());
                i++;
            }
        }
    }

    private record Name(String text, int end) {
    }

    /** A dotted name from {@code i} ({@code a.b.C}, {@code a.b.*}); its text and the index after it. */
    private Name qualifiedName(int i) {
        StringBuilder sb = new StringBuilder();
        int k = i;
        while (at(k).kind() == Kind.WORD || at(k).is("*")) {
            sb.append(at(k).text());
            if (at(k + 1).is(".")) {
                sb.append('.');
                k += 2;
            } else {
                k++;
                break;
            }
        }
        return new Name(sb.toString(), k);
    }

    private int imports(int i) {
        Token t = at(i);
        if (at(i + 1).is("function") || at(i + 1).is("static") || at(i + 1).is("accumulate")) {
            Name n = qualifiedName(i + 2);
            refuse(t, "rules.sandbox.what.import", at(i + 1).text() + " " + n.text());
            return n.end();
        }
        Name n = qualifiedName(i + 1);
        if (!API_TYPES.containsKey(n.text())) {
            refuse(t, "rules.sandbox.what.import", n.text());
        }
        return n.end();
    }

    private int global(int i) {
        Name type = qualifiedName(i + 1);
        Token name = at(type.end());
        if (!type.text().equals(ScoreSheet.class.getName()) && !type.text().equals("ScoreSheet")) {
            refuse(at(i), "rules.sandbox.what.global", "global " + type.text() + " " + name.text());
        } else {
            sheets.add(name.text());
        }
        return type.end() + 1;
    }

    /** {@code function Type name(Type a, Type b) { body }}. */
    private int function(int i) {
        int k = i + 1;
        Name returns = qualifiedName(k);
        k = returns.end();
        while (at(k).is("[") || at(k).is("]")) {
            k++;
        }
        rule = null;
        if (!SIMPLE_TYPES.contains(returns.text()) && !returns.text().equals("void") && !API_TYPES.containsKey(returns.text())) {
            refuse(at(i + 1), "rules.sandbox.what.name", returns.text());
        }
        k++; // the name
        Set<String> locals = new HashSet<>();
        if (at(k).is("(")) {
            k++;
            while (k < tokens.size() && !at(k).is(")")) {
                Name type = qualifiedName(k);
                if (type.end() == k) {
                    k++;
                    continue;
                }
                if (!SIMPLE_TYPES.contains(type.text()) && !API_TYPES.containsKey(type.text()) && !type.text().equals("final")) {
                    refuse(at(k), "rules.sandbox.what.name", type.text());
                }
                k = type.end();
                while (at(k).is("[") || at(k).is("]")) {
                    k++;
                }
                if (at(k).kind() == Kind.WORD) {
                    locals.add(at(k).text());
                    k++;
                }
                if (at(k).is(",")) {
                    k++;
                }
            }
            k++;
        }
        if (!at(k).is("{")) {
            refuse(at(k), "rules.sandbox.what.construct", at(k).text());
            return k + 1;
        }
        int close = matching(k);
        region(k + 1, close, false, locals);
        return close + 1;
    }

    /** {@code rule "name" attributes when conditions then consequence end}. */
    private int rule(int i) {
        Token name = at(i + 1);
        rule = name.kind() == Kind.STRING ? name.text().substring(1, Math.max(1, name.text().length() - 1)) : name.text();
        int k = i + 2;
        if (at(k).is("extends")) {
            k += 2;
        }
        int when = k;
        while (when < tokens.size() && !at(when).is("when") && !at(when).is("then") && !at(when).is("end")) {
            when++;
        }
        Set<String> locals = new HashSet<>();
        attributes(k, when);
        int then = when;
        if (at(when).is("when")) {
            then = until(when + 1, "then");
            region(when + 1, then, true, locals);
        }
        if (!at(then).is("then")) {
            return then + 1; // no consequence: Drools says what is missing
        }
        int end = until(then + 1, "end");
        region(then + 1, end, false, locals);
        ruleLines.add(new Object[] {rule, name.line(), at(end).line()});
        return end + 1;
    }

    /** A rule's attributes: {@code @name(…)} annotations are data; an attribute's expression ({@code salience ( … )}) is code. */
    private void attributes(int from, int to) {
        int k = from;
        while (k < to) {
            if (at(k).is("@") && at(k + 1).kind() == Kind.WORD) {
                k += 2;
                if (at(k).is("(")) {
                    k = matching(k) + 1;
                }
                continue;
            }
            if (at(k).is("(")) {
                int close = Math.min(matching(k), to);
                region(k + 1, close, false, new HashSet<>());
                k = close + 1;
                continue;
            }
            Token t = at(k);
            if (t.kind() == Kind.WORD && REFUSED_WORDS.containsKey(t.text())) {
                refuse(t, REFUSED_WORDS.get(t.text()), t.text());
            }
            k++;
        }
    }

    /** The index of the first {@code word} token at or after {@code from}; the end of the tokens when none. */
    private int until(int from, String word) {
        int k = from;
        while (k < tokens.size() && !at(k).is(word)) {
            k++;
        }
        return k;
    }

    /** The index of the bracket closing the one at {@code open}; the end of the tokens when none. */
    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            Token t = at(k);
            if (t.is("(") || t.is("{") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("}") || t.is("]")) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return tokens.size();
    }

    // ------------------------------------------------------------------ code

    /**
     * Checks the code between two tokens: a rule's conditions ({@code conditions}), a
     * consequence, a function's body or an attribute's expression. {@code locals}: the names bound
     * so far (a condition's bindings are the consequence's variables).
     */
    private void region(int from, int to, boolean conditions, Set<String> locals) {
        int k = from;
        while (k < to) {
            Token t = at(k);
            if (t.kind() == Kind.OP) {
                if (t.is("->") || t.is("::")) {
                    refuse(t, "rules.sandbox.what.lambda", t.text());
                } else if ((t.is(".") || t.is(".?") || t.is("!.")) && at(k + 1).kind() == Kind.WORD) {
                    // a member of what comes before: a call's result, a literal, a bracket
                    Token m = at(k + 1);
                    if (BANNED_MEMBERS.contains(m.text())) {
                        refuse(m, REFUSED_WORDS.getOrDefault(m.text(), "rules.sandbox.what.call"), "." + m.text());
                    }
                    k += 2;
                    continue;
                }
                k++;
                continue;
            }
            if (t.kind() != Kind.WORD) {
                k++;
                continue;
            }
            k = word(k, to, conditions, locals);
        }
    }

    /** One name and what hangs on it ({@code a.b.c(}); the index after what was read. */
    private int word(int k, int to, boolean conditions, Set<String> locals) {
        Token t = at(k);
        String w = t.text();
        if (REFUSED_WORDS.containsKey(w)) {
            refuse(t, REFUSED_WORDS.get(w), w.equals("new") ? "new " + qualifiedName(k + 1).text() : w);
            // what new makes is named in the refusal already
            return w.equals("new") ? Math.max(k + 1, qualifiedName(k + 1).end()) : k + 1;
        }
        // a local variable's declaration: double x = …;
        if (SIMPLE_TYPES.contains(w) && at(k + 1).kind() == Kind.WORD && !at(k + 1).is("instanceof")) {
            locals.add(at(k + 1).text());
            return k + 2;
        }
        // a binding in a condition: $v : ComponentValue( … ), n : number
        if (conditions && at(k + 1).is(":")) {
            locals.add(w);
            return k + 2;
        }
        List<Token> chain = new ArrayList<>();
        chain.add(t);
        int j = k + 1;
        while (j + 1 < to && (at(j).is(".") || at(j).is(".?") || at(j).is("!.")) && at(j + 1).kind() == Kind.WORD) {
            chain.add(at(j + 1));
            j += 2;
        }
        boolean call = at(j).is("(");
        String dotted = dotted(chain, chain.size());
        if (w.startsWith("$") || locals.contains(w) || (conditions && FACT_PROPERTIES.contains(w))) {
            members(chain, 1);
            return j;
        }
        if (sheets.contains(w) || w.equals("score")) {
            if (chain.size() == 1 && !call) {
                return j; // passed on as an argument
            }
            // any method of ScoreSheet; one it does not have (a typo: score.findingg) runs nothing, and the compiler names it at its line
            members(chain, 1);
            return j;
        }
        if (w.equals("kcontext")) {
            if (chain.size() > 1 || call) {
                refuse(t, "rules.sandbox.what.facts", dotted);
            }
            return j;
        }
        // a type of the API: an enum constant, Math, a fact type matched in a condition
        for (int len = chain.size(); len >= 1; len--) {
            String type = dotted(chain, len);
            Class<?> c = API_TYPES.get(type);
            if (c == null) {
                c = simpleApiType(type);
            }
            if (c == null) {
                continue;
            }
            if (len == chain.size()) {
                if (call && !(conditions && c == ComponentValue.class)) {
                    refuse(t, "rules.sandbox.what.call", dotted);
                } else if (!call && c == Math.class) {
                    return j; // Math alone does nothing
                }
                return j;
            }
            String member = chain.get(len).text();
            boolean known = c == Math.class ? MATH_MEMBERS.contains(member) : c.isEnum() && (constant(c, member) || member.equals("valueOf")
                    || member.equals("values"));
            if (!known) {
                refuse(chain.get(len), "rules.sandbox.what.call", dotted(chain, len + 1));
                return j;
            }
            members(chain, len + 1);
            return j;
        }
        if (call && chain.size() == 1 && (functions.contains(w) || (conditions && (FACT_TYPES.contains(w) || ACCUMULATE_FUNCTIONS.contains(w))))) {
            return j;
        }
        if (!call && chain.size() == 1) {
            return j; // a name alone (a field in a condition, a keyword, an attribute): it runs nothing
        }
        if (HARMLESS_WORDS.contains(w) && chain.size() == 1) {
            return j; // if (…), eval(…), not(…), exists(…)
        }
        refuse(t, chain.size() == 1 || call ? "rules.sandbox.what.call" : "rules.sandbox.what.name", dotted);
        return j;
    }

    /** The members of a value ({@code $v.getIndicator().length()}) from index {@code from} on: none may reach reflection or the engine. */
    private void members(List<Token> chain, int from) {
        for (int i = from; i < chain.size(); i++) {
            Token m = chain.get(i);
            if (BANNED_MEMBERS.contains(m.text())) {
                refuse(m, REFUSED_WORDS.getOrDefault(m.text(), "rules.sandbox.what.call"), dotted(chain, i + 1));
                return;
            }
        }
    }

    private static String dotted(List<Token> chain, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(i == 0 ? "" : ".").append(chain.get(i).text());
        }
        return sb.toString();
    }

    private static Class<?> simpleApiType(String name) {
        for (Class<?> c : API_TYPES.values()) {
            if (c.getSimpleName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static boolean constant(Class<?> c, String name) {
        for (Object o : c.getEnumConstants()) {
            if (((Enum<?>) o).name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
