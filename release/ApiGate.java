import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The API-compatibility gate of {@code mvn -Prelease verify} (docs/releasing.md), run for each module
 * after japicmp has compared its public packages with the last release's jar:
 *
 * <pre>
 * java release/ApiGate.java &lt;root&gt; &lt;artifactId&gt; &lt;packaging&gt; &lt;version&gt; &lt;japicmp xml report&gt;
 * </pre>
 *
 * A binary-incompatible change passes only when the version being built raises the minor version
 * over the last release while the major is 0 (0.3.0 after 0.2.0), or raises the major, and when the
 * CHANGELOG section of that version lists the change under "Breaking:", naming each type changed (its
 * simple name, e.g. {@code RuleScorer} or {@code Plan.Unreached}). Exit status 0 when it passes, 1
 * (with what to do) when it does not. The root is the build's folder (release/, CHANGELOG.md,
 * target/api-baseline/). Java 17, no dependencies.
 */
public final class ApiGate {
    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(-SNAPSHOT)?");

    private ApiGate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java release/ApiGate.java <root> <artifactId> <packaging> <version> <japicmp xml report>");
            System.exit(2);
        }
        List<String> problems = check(Path.of(args[0]), args[1], args[2], args[3], Path.of(args[4]));
        if (!problems.isEmpty()) {
            System.err.println("API gate, " + args[1] + ":");
            problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
    }

    /** The reasons the module fails the gate; empty when it passes (what passed is printed). */
    static List<String> check(Path root, String module, String packaging, String version, Path report) throws Exception {
        if (packaging.equals("pom")) {
            return List.of();
        }
        Properties last = new Properties();
        try (var in = Files.newBufferedReader(root.resolve("release/last-release.properties"), StandardCharsets.UTF_8)) {
            last.load(in);
        }
        String released = last.getProperty("version", "").strip();
        if (released.isEmpty()) {
            System.out.println("API gate, " + module + ": no earlier release to compare with.");
            return List.of();
        }
        Path baseline = root.resolve("target/api-baseline");
        Path modules = baseline.resolve("modules.txt");
        if (!Files.exists(modules) || !read(baseline.resolve("commit")).strip().equals(last.getProperty("commit", "").strip())) {
            return List.of("the baseline (dti " + released + "'s jars) is not built in " + baseline + ": run the build from the root "
                    + "(mvn -Prelease verify builds it first), or: bash release/api-baseline.sh");
        }
        if (!List.of(read(modules).split("\\s+")).contains(module)) {
            System.out.println("API gate, " + module + ": new since dti " + released + ", nothing to compare with.");
            return List.of();
        }
        if (!Files.exists(report)) {
            return List.of("no japicmp report at " + report + " (was the module's jar built?)");
        }
        Map<String, Set<String>> breaks = incompatible(report);
        if (breaks.isEmpty()) {
            System.out.println("API gate, " + module + ": binary compatible with dti " + released + ".");
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Matcher now = SEMVER.matcher(version);
        Matcher then = SEMVER.matcher(released);
        if (!now.matches() || !then.matches()) {
            return List.of("versions " + version + " and " + released + " are not major.minor.patch");
        }
        int major = Integer.parseInt(now.group(1));
        int minor = Integer.parseInt(now.group(2));
        int oldMajor = Integer.parseInt(then.group(1));
        int oldMinor = Integer.parseInt(then.group(2));
        boolean raised = major > oldMajor || (major == 0 && oldMajor == 0 && minor > oldMinor);
        String building = now.group(1) + "." + now.group(2) + "." + now.group(3);
        String breaking = breakingList(read(root.resolve("CHANGELOG.md")), building);
        List<String> unlisted = new ArrayList<>();
        for (String type : breaks.keySet()) {
            String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
            String outer = simple.contains(".") ? simple.substring(0, simple.indexOf('.')) : simple;
            if (!Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(breaking).find()
                    && !Pattern.compile("\\b" + Pattern.quote(outer) + "\\b").matcher(breaking).find()) {
                unlisted.add(type);
            }
        }
        String list = describe(breaks);
        if (!raised) {
            String next = oldMajor == 0 ? "0." + (oldMinor + 1) + ".0" : (oldMajor + 1) + ".0.0";
            problems.add(breaks.size() + " public type(s) changed incompatibly since dti " + released + ", but " + version
                    + " does not raise the " + (oldMajor == 0 ? "minor" : "major") + " version: keep them compatible, or move to " + next
                    + "-SNAPSHOT (docs/releasing.md) and list them under \"Breaking:\" in its CHANGELOG section.");
        } else if (!unlisted.isEmpty()) {
            problems.add("these types changed incompatibly since dti " + released + " and are not named under \"Breaking:\" in CHANGELOG.md's "
                    + building + " section: " + String.join(", ", unlisted) + "; say what changed and what callers do instead.");
        }
        if (problems.isEmpty()) {
            System.out.println("API gate, " + module + ": " + breaks.size() + " type(s) changed incompatibly since dti " + released
                    + ", allowed in " + building + " and listed under Breaking: " + String.join(", ", breaks.keySet()));
        } else {
            problems.add("the changes (target/japicmp/api.diff has them in full):" + list);
        }
        return problems;
    }

    /** Binary-incompatible types of a japicmp XML report, each with what changed ("method score: METHOD_REMOVED"). */
    static Map<String, Set<String>> incompatible(Path report) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(report.toFile());
        Map<String, Set<String>> out = new LinkedHashMap<>();
        NodeList classes = doc.getElementsByTagName("class");
        for (int i = 0; i < classes.getLength(); i++) {
            Element c = (Element) classes.item(i);
            if (!"false".equals(c.getAttribute("binaryCompatible"))) {
                continue;
            }
            Set<String> what = new LinkedHashSet<>();
            NodeList changes = c.getElementsByTagName("compatibilityChange");
            for (int j = 0; j < changes.getLength(); j++) {
                Element ch = (Element) changes.item(j);
                if (!"false".equals(ch.getAttribute("binaryCompatible"))) {
                    continue;
                }
                Node owner = ch.getParentNode() == null ? null : ch.getParentNode().getParentNode();
                String name = owner instanceof Element e && !e.getAttribute("name").isEmpty() ? e.getTagName() + " " + e.getAttribute("name") + ": " : "";
                what.add(name + ch.getAttribute("type"));
            }
            out.put(c.getAttribute("fullyQualifiedName"), what);
        }
        return out;
    }

    /** The text of the "Breaking:" list in the CHANGELOG section of a version ("" when there is none). */
    static String breakingList(String changelog, String version) {
        Matcher m = Pattern.compile("(?m)^## " + Pattern.quote(version) + " \\(.*\\)$").matcher(changelog);
        if (!m.find()) {
            return "";
        }
        int end = changelog.indexOf("\n## ", m.end());
        String section = changelog.substring(m.end(), end < 0 ? changelog.length() : end);
        Matcher b = Pattern.compile("(?m)^Breaking:\\s*$").matcher(section);
        if (!b.find()) {
            return "";
        }
        // the list: its "- " items and their indented continuation lines, and blank lines; the next
        // paragraph ("Added:", "Fixed (issue 18 …):") starts at the first line that is none of these
        Matcher next = Pattern.compile("(?m)^(?![-\\s]).").matcher(section);
        int stop = next.find(b.end()) ? next.start() : section.length();
        return section.substring(b.end(), stop);
    }

    private static String describe(Map<String, Set<String>> breaks) {
        StringBuilder sb = new StringBuilder();
        breaks.forEach((type, what) -> sb.append("\n    ").append(type).append(what.isEmpty() ? "" : ": " + String.join("; ", what)));
        return sb.toString();
    }

    private static String read(Path p) throws java.io.IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
