package vn.dti.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.dti.examples.Build.Pom;

/**
 * What an application that depends on dti relies on, checked on the build's own files: one version in
 * every pom, and it is the one the CHANGELOG describes; every jar names its module; the BOM manages
 * every published module and carries the metadata an artefact repository requires
 * (docs/releasing.md). The built jars themselves are checked by {@code LibraryJarsIT}.
 */
class ReleaseConventionsTest {
    /** "## 0.3.0 (unreleased)", "## 0.2.0 (2026-12-05)", "## 0.1.0 (never released)". */
    private static final Pattern SECTION = Pattern.compile("^## (\\S+) \\((.+)\\)$", Pattern.MULTILINE);
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");

    @Test
    void everyPom_carriesTheRootsVersion() {
        String version = Build.root().version();
        Map<String, String> versions = new TreeMap<>();
        Build.modules().forEach((dir, pom) -> versions.put(dir, pom.version()));
        Map<String, String> expected = new TreeMap<>();
        versions.keySet().forEach(dir -> expected.put(dir, version));
        assertEquals(expected, versions, "every module (and dti-bom) is released together, at the root pom's version");
    }

    @Test
    void embeddingExample_importsTheBomOfThisVersion() {
        Build.Pom app = Build.Pom.read(Build.ROOT.resolve("dti-examples/embedding/pom.xml"));
        assertEquals(Optional.of(Build.root().version()), app.property("dti.version"),
                "dti-examples/embedding/pom.xml builds against dti-bom ${dti.version}: set it to the version of dti's poms (docs/releasing.md, step 1)");
        assertEquals(Map.of("vn.dti:dti-bom", "${dti.version}"), app.managed(), "the example takes every dti version from one import of dti-bom");
        assertEquals(Optional.empty(), app.element("parent"), "the example is an application of its own, without dti's parent");
    }

    @Test
    void changelog_describesThePomVersionFirst() throws IOException {
        String version = Build.root().version();
        List<String[]> sections = changelogSections();
        assertFalse(sections.isEmpty(), "CHANGELOG.md has no '## <version> (<date>|unreleased)' section");
        String[] first = sections.get(0);
        if (version.endsWith("-SNAPSHOT")) {
            String next = version.substring(0, version.length() - "-SNAPSHOT".length());
            assertEquals(next + " (unreleased)", first[0] + " (" + first[1] + ")",
                    "the poms are at " + version + ": CHANGELOG.md's first section is the version under way, '## " + next + " (unreleased)'");
        } else {
            assertEquals(version, first[0], "the poms are at the release " + version + ": CHANGELOG.md's first section describes it");
            assertTrue(isDate(first[1]), "a released version's section is dated (yyyy-mm-dd): '## " + first[0] + " (" + first[1] + ")'");
        }
    }

    @Test
    void changelog_versionsAreSemanticDescendingAndDated() throws IOException {
        List<String[]> sections = changelogSections();
        List<String> problems = new ArrayList<>();
        int[] previous = null;
        for (int i = 0; i < sections.size(); i++) {
            String[] s = sections.get(i);
            Matcher m = SEMVER.matcher(s[0]);
            if (!m.matches()) {
                problems.add(s[0] + ": not a semantic version (major.minor.patch)");
                continue;
            }
            int[] v = parts(m);
            if (previous != null && compare(previous, v) <= 0) {
                problems.add(s[0] + ": not older than the section above it");
            }
            previous = v;
            boolean whenOk = isDate(s[1]) || s[1].equals("never released") || (i == 0 && s[1].equals("unreleased"));
            if (!whenOk) {
                problems.add(s[0] + ": '(" + s[1] + ")' is neither a date (yyyy-mm-dd), 'never released', nor 'unreleased' on the first section");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void lastRelease_isTheNewestDatedSectionBeforeThePoms() throws IOException {
        Properties last = new Properties();
        try (Reader in = Files.newBufferedReader(Build.ROOT.resolve("release/last-release.properties"), StandardCharsets.UTF_8)) {
            last.load(in);
        }
        String version = Build.root().version();
        String building = version.replace("-SNAPSHOT", "");
        // at a release commit the CHANGELOG's newest dated section is the release itself: the baseline is the one before
        String released = changelogSections().stream().filter(s -> isDate(s[1]) && !s[0].equals(building)).map(s -> s[0])
                .findFirst().orElse("(none)");
        assertEquals(released, last.getProperty("version"),
                "release/last-release.properties names the CHANGELOG's newest dated section before " + building);
        assertTrue(last.getProperty("commit", "").matches("[0-9a-f]{40}"), "the released commit, in full: " + last.getProperty("commit"));
        Matcher now = SEMVER.matcher(building);
        Matcher then = SEMVER.matcher(released);
        assertTrue(now.matches() && then.matches(), version + ", " + released);
        assertTrue(compare(parts(now), parts(then)) > 0, "the version being built (" + version + ") comes after the last release (" + released + ")");
    }

    @Test
    void everyJarModule_setsItsModuleName() {
        Map<String, String> names = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        Build.modules().forEach((dir, pom) -> {
            if (pom.packaging().equals("jar")) {
                names.put(pom.artifactId(), pom.property("dti.module.name").orElse("(not set)"));
                expected.put(pom.artifactId(), "vn.dti." + pom.artifactId().replaceFirst("^dti-", "").replace("-", "."));
            }
        });
        assertTrue(names.containsKey("dti-core") && names.containsKey("dti-rules"), names.toString());
        assertEquals(expected, names, "each jar module sets <dti.module.name> (its Automatic-Module-Name) in its pom's <properties>");
    }

    @Test
    void bom_managesEveryPublishedModuleAtItsOwnVersion() {
        Pom bom = Pom.read(Build.ROOT.resolve("dti-bom/pom.xml"));
        assertEquals("pom", bom.packaging());
        assertTrue(bom.parentVersion().isEmpty(), "dti-bom has no parent: an imported BOM would bring the parent's dependencyManagement");
        Map<String, String> expected = new LinkedHashMap<>();
        Build.modules().forEach((dir, pom) -> {
            if (pom.packaging().equals("jar") && !pom.property("maven.deploy.skip").orElse("false").equals("true")) {
                expected.put("vn.dti:" + pom.artifactId(), "${project.version}");
            }
        });
        assertTrue(expected.keySet().containsAll(Set.of("vn.dti:dti-core", "vn.dti:dti-rules", "vn.dti:dti-reporting",
                "vn.dti:dti-planning", "vn.dti:dti-cli")), "the library modules are published: " + expected.keySet());
        assertEquals(new TreeMap<>(expected), new TreeMap<>(bom.managed()),
                "dti-bom manages every published module (jar, not maven.deploy.skip) at ${project.version}, and nothing else");
    }

    @Test
    void bom_carriesTheParentsMetadata() {
        Pom parent = Build.root();
        Pom bom = Pom.read(Build.ROOT.resolve("dti-bom/pom.xml"));
        for (String element : List.of("url", "inceptionYear", "licenses", "developers", "scm")) {
            String p = parent.element(element).map(ReleaseConventionsTest::flat).orElse("(missing)");
            assertFalse(p.equals("(missing)") || p.isBlank(), "the parent pom has no <" + element + ">");
            assertEquals(p, bom.element(element).map(ReleaseConventionsTest::flat).orElse("(missing)"), "dti-bom's <" + element + ">");
        }
        assertTrue(flat(parent.element("licenses").orElseThrow()).contains("Apache-2.0 https://www.apache.org/licenses/LICENSE-2.0.txt"));
    }

    @Test
    void everyModule_hasANameAndADescription() {
        Map<String, String> missing = new TreeMap<>();
        Build.modules().forEach((dir, pom) -> {
            if (!pom.text("name").orElse("").equals(pom.artifactId())) {
                missing.put(dir, "<name> is not the artifactId");
            } else if (pom.text("description").orElse("").length() < 20) {
                missing.put(dir, "no <description> that says what the module is");
            }
        });
        assertEquals(Map.of(), missing);
    }

    @Test
    void licenceAndNotice_areAtTheRoot() throws IOException {
        String licence = Files.readString(Build.ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
        assertTrue(licence.contains("Apache License\n                           Version 2.0, January 2004"), "LICENSE is the Apache License 2.0");
        assertTrue(licence.contains("END OF TERMS AND CONDITIONS"), "LICENSE holds the whole text");
        assertTrue(Files.readString(Build.ROOT.resolve("NOTICE"), StandardCharsets.UTF_8).startsWith("dti\nCopyright "));
    }

    /** [version, what is in brackets] of every "## version (…)" heading, top first. */
    static List<String[]> changelogSections() throws IOException {
        String text = Files.readString(Build.ROOT.resolve("CHANGELOG.md"), StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        Matcher m = SECTION.matcher(text);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int[] parts(Matcher semver) {
        return new int[] {Integer.parseInt(semver.group(1)), Integer.parseInt(semver.group(2)), Integer.parseInt(semver.group(3))};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** An element's texts, whitespace collapsed: equal for two poms that say the same. */
    private static String flat(Element e) {
        return e.getTextContent().strip().replaceAll("\\s+", " ");
    }
}
