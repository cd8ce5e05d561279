package vn.dti.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.ScoreCard;
import vn.dti.api.Scorer;
import vn.dti.json.DtiJson;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;

/** Reading a command's inputs: a methodology by id or folder, evidence files, with errors that name file, line and column. */
final class Inputs {
    private static final Pattern COMPONENT_PATH = Pattern.compile("\\$\\.components\\[(\\d+)\\]");

    private Inputs() {
    }

    /** A folder or bundled id; says so when a folder shadows the bundled methodology of the same name. */
    static RuleScorer methodology(String idOrFolder, PrintWriter err) {
        RuleScorer scorer = Methodologies.resolve(idOrFolder);
        if (!scorer.source().startsWith("classpath:") && Methodologies.bundled().contains(idOrFolder)) {
            err.println("dti: note: using the folder " + scorer.source() + ", not the bundled methodology " + idOrFolder + ".");
        }
        return scorer;
    }

    /** The files of a methodology given as a folder (inputs an --out must not replace); none for a bundled id. */
    static List<Path> methodologyFiles(String idOrFolder) {
        Path p = Path.of(idOrFolder);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (var walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (java.io.IOException e) {
                // unreadable files are reported when the folder is loaded
            }
        }
        return files;
    }

    /** Scores one evidence file; problems with the evidence name the file, line and column. */
    static ScoreCard score(Scorer scorer, Path file) {
        Evidence evidence = DtiJson.readEvidence(file);
        try {
            return scorer.score(evidence);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(locate(file, e.getMessage()));
        }
    }

    /** Prefixes "file:line:column" to each "$.components[N]…" problem, found by reading the file again. */
    static String locate(Path file, String message) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            bytes = new byte[0];
        }
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\n")) {
            Matcher m = COMPONENT_PATH.matcher(line);
            String where = file.toString();
            if (m.find()) {
                int[] lc = DtiJson.locate(bytes, "/components/" + m.group(1));
                if (lc != null) {
                    where += ":" + lc[0] + ":" + lc[1];
                }
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(where).append(": ").append(line);
        }
        return sb.toString();
    }
}
