package vn.dti.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per job and data flowing one way, checked on the sources of every module: within a
 * package, no two classes name each other (a pair that does is one job split in two, or a helper
 * that calls back into its caller), and no command depends on the entry point {@link Main}, whose
 * exit codes live in {@link ExitCode}. Read from the sources rather than the class files, since
 * javac inlines constants such as an exit code and the class files would not show the reference.
 */
class SourceStructureTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\n]*");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\".*?\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\\n])*\"|'(\\\\.|[^'\\\\\n])+'");

    @Test
    void noTwoClassesOfAPackageNameEachOther() throws IOException {
        List<Path> packages = packages();
        assertTrue(packages.size() >= 8, "expected the packages of every module under " + ROOT.toAbsolutePath() + ", found " + packages);
        List<String> pairs = new ArrayList<>();
        for (Path pkg : packages) {
            Map<String, String> code = code(pkg);
            for (String a : code.keySet()) {
                for (String b : code.keySet()) {
                    if (a.compareTo(b) < 0 && names(code.get(a), b) && names(code.get(b), a)) {
                        pairs.add(ROOT.relativize(pkg) + ": " + a + " <-> " + b);
                    }
                }
            }
        }
        assertEquals(List.of(), pairs, "classes that name each other: give the shared part one owner");
    }

    @Test
    void noCommandDependsOnTheEntryPoint() throws IOException {
        Map<String, String> code = code(Path.of("src/main/java/vn/dti/cli"));
        assertTrue(code.containsKey("ExitCode") && code.containsKey("DtiCommand"), code.keySet().toString());
        List<String> users = new ArrayList<>();
        code.forEach((name, text) -> {
            if (!name.equals("Main") && names(text, "Main")) {
                users.add(name);
            }
        });
        assertEquals(List.of(), users, "only Main runs the command line; exit codes are in ExitCode");
    }

    /** The directories under any module's src/main/java that hold Java sources. */
    private static List<Path> packages() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path m : modules.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList()) {
                try (Stream<Path> dirs = Files.walk(m.resolve("src/main/java"))) {
                    for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                        try (Stream<Path> files = Files.list(d)) {
                            if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
                                out.add(d);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Each class of a package (by its file's name) with its code: comments, strings and characters blanked. */
    private static Map<String, String> code(Path pkg) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList()) {
                String s = Files.readString(f, StandardCharsets.UTF_8);
                s = TEXT_BLOCK.matcher(s).replaceAll("\"\"");
                s = BLOCK_COMMENT.matcher(s).replaceAll(" ");
                s = STRING.matcher(s).replaceAll("\"\"");
                s = LINE_COMMENT.matcher(s).replaceAll(" ");
                String name = f.getFileName().toString();
                out.put(name.substring(0, name.length() - ".java".length()), s);
            }
        }
        return out;
    }

    private static boolean names(String code, String className) {
        return Pattern.compile("(?<![\\w$.])" + Pattern.quote(className) + "(?![\\w$])").matcher(code).find();
    }
}
