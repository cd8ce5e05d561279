package vn.dti.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API-compatibility gate's rule (release/ApiGate.java, run by {@code mvn -Prelease verify} after
 * japicmp): a binary-incompatible change passes only in a version that raises the minor (0.x) or the
 * major over the last release, and only when the CHANGELOG section of that version names the type under
 * "Breaking:". Each case builds a root folder as the release build leaves it (the last release, the
 * baseline's module list, a japicmp report shaped as japicmp 0.27 writes it) and asks the gate.
 */
class ApiGateTest {
    private static Method check;

    @TempDir
    Path root;

    @BeforeAll
    static void compileTheGate(@TempDir Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), Build.ROOT.resolve("release/ApiGate.java").toString());
        assertEquals(0, rc, "release/ApiGate.java compiles");
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ApiGateTest.class.getClassLoader());
        check = loader.loadClass("ApiGate").getDeclaredMethod("check", Path.class, String.class, String.class, String.class, Path.class);
        check.setAccessible(true);
    }

    @Test
    void compatible_passes() throws Exception {
        layOut("dti-core dti-rules", changelog("nothing yet."));
        assertEquals(List.of(), gate("dti-core", "0.2.1-SNAPSHOT", report(false)));
    }

    @Test
    void removedMethod_inAPatchVersion_fails_namingTheNextMinor() throws Exception {
        layOut("dti-core dti-rules", changelog("- `ComponentScore.finalPoints()` is gone."));
        List<String> problems = gate("dti-core", "0.2.1-SNAPSHOT", report(true));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("does not raise the minor version") && problems.get(0).contains("0.3.0-SNAPSHOT"), problems.get(0));
        assertTrue(problems.get(1).contains("vn.dti.api.ComponentScore: method finalPoints: METHOD_REMOVED"), problems.get(1));
    }

    @Test
    void removedMethod_inTheNextMinor_notListed_fails() throws Exception {
        layOut("dti-core dti-rules", changelog("- `RuleScorer.base()` is gone."));
        List<String> problems = gate("dti-core", "0.3.0-SNAPSHOT", report(true));
        assertTrue(problems.get(0).contains("not named under \"Breaking:\"") && problems.get(0).contains("vn.dti.api.ComponentScore"), problems.toString());
    }

    @Test
    void removedMethod_inTheNextMinor_listedOnlyUnderAdded_fails() throws Exception {
        layOut("dti-core dti-rules", changelog("nothing yet.").replace("- docs.", "- `ComponentScore` gains a field."));
        assertEquals(2, gate("dti-core", "0.3.0-SNAPSHOT", report(true)).size());
    }

    @Test
    void removedMethod_inTheNextMinor_listedUnderBreaking_passes() throws Exception {
        layOut("dti-core dti-rules", changelog("- `ComponentScore.finalPoints()` is gone: use `points()`, the same figure."));
        assertEquals(List.of(), gate("dti-core", "0.3.0-SNAPSHOT", report(true)));
    }

    @Test
    void removedMethod_listedOnlyInAFixedParagraphAfterBreaking_fails() throws Exception {
        layOut("dti-core dti-rules", changelog("- `RuleScorer.base()` is gone.\n  (continued: use `drl()`)")
                .replace("Added:\n- docs.", "Fixed (issue 18, hostile input; every case in\n`hostile/`):\n- `ComponentScore` reads faster."));
        List<String> problems = gate("dti-core", "0.3.0-SNAPSHOT", report(true));
        assertTrue(problems.get(0).contains("not named under \"Breaking:\"") && problems.get(0).contains("vn.dti.api.ComponentScore"), problems.toString());
    }

    @Test
    void baselineNotBuilt_fails_sayingHow() throws Exception {
        layOut("dti-core", changelog("nothing yet."));
        Files.delete(root.resolve("target/api-baseline/modules.txt"));
        List<String> problems = gate("dti-core", "0.3.0-SNAPSHOT", report(false));
        assertTrue(problems.get(0).contains("release/api-baseline.sh"), problems.toString());
    }

    @Test
    void moduleNewSinceTheRelease_andThePomParent_pass() throws Exception {
        layOut("dti-core", changelog("nothing yet."));
        assertEquals(List.of(), gate("dti-server", "0.3.0-SNAPSHOT", root.resolve("no-report.xml")));
        assertEquals(List.of(), (List<?>) check.invoke(null, root, "dti-parent", "pom", "0.3.0-SNAPSHOT", root.resolve("no-report.xml")));
    }

    @SuppressWarnings("unchecked")
    private List<String> gate(String module, String version, Path report) throws Exception {
        return (List<String>) check.invoke(null, root, module, "jar", version, report);
    }

    /** The root as the release build leaves it: the last release 0.2.0, its baseline built, and the CHANGELOG. */
    private void layOut(String baselineModules, String changelog) throws IOException {
        Files.createDirectories(root.resolve("release"));
        Files.createDirectories(root.resolve("target/api-baseline"));
        Files.writeString(root.resolve("release/last-release.properties"), "version=0.2.0\ncommit=e96fe7b19071c84d74fc5c38bee2dbf4b10819ca\n");
        Files.writeString(root.resolve("target/api-baseline/commit"), "e96fe7b19071c84d74fc5c38bee2dbf4b10819ca\n");
        Files.writeString(root.resolve("target/api-baseline/modules.txt"), baselineModules.replace(' ', '\n') + "\n");
        Files.writeString(root.resolve("CHANGELOG.md"), changelog, StandardCharsets.UTF_8);
    }

    private static String changelog(String breaking) {
        return "# Changelog\n\n## 0.3.0 (unreleased)\n\nBreaking:\n" + breaking + "\n\nAdded:\n- docs.\n\nFixed:\n- nothing yet.\n\n"
                + "## 0.2.0 (2026-12-05)\n\nBreaking:\n- `ComponentScore` was renamed long ago.\n";
    }

    /** A japicmp report: ComponentScore with finalPoints() removed, or only a method added. */
    private Path report(boolean removed) throws IOException {
        String method = removed
                ? "<method binaryCompatible=\"false\" changeStatus=\"REMOVED\" name=\"finalPoints\"><compatibilityChanges>"
                        + "<compatibilityChange binaryCompatible=\"false\" sourceCompatible=\"false\" type=\"METHOD_REMOVED\"/></compatibilityChanges></method>"
                : "<method binaryCompatible=\"true\" changeStatus=\"NEW\" name=\"appraisedShare\"><compatibilityChanges>"
                        + "<compatibilityChange binaryCompatible=\"true\" sourceCompatible=\"true\" type=\"METHOD_ADDED_TO_PUBLIC_CLASS\"/>"
                        + "</compatibilityChanges></method>";
        String xml = "<japicmp><classes><class binaryCompatible=\"" + !removed + "\" changeStatus=\"MODIFIED\" fullyQualifiedName=\"vn.dti.api.ComponentScore\">"
                + "<compatibilityChanges/><methods>" + method + "</methods></class></classes></japicmp>";
        Path p = root.resolve("api.xml");
        Files.writeString(p, xml);
        return p;
    }
}
