package vn.dti.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import vn.dti.api.DtiException;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.ScoreCard;
import vn.dti.api.Scorer;
import vn.dti.json.DtiJson;
import vn.dti.rules.Methodologies;
import vn.dti.rules.RuleScorer;
import vn.dti.text.Message;

/** Reading a command's inputs: a methodology by id or folder, evidence files, with errors that name file, line and column. */
final class Inputs {
    private Inputs() {
    }

    /** A folder or bundled id; says so when a folder shadows the bundled methodology of the same name. */
    static RuleScorer methodology(String idOrFolder, CommandSpec spec) {
        if (idOrFolder.isBlank()) {
            throw new DtiException(Message.of("cli.methodology.empty"));
        }
        RuleScorer scorer = Methodologies.resolve(idOrFolder, CodeTrust.of(spec));
        if (!scorer.source().startsWith("classpath:") && Methodologies.bundled().contains(idOrFolder)) {
            spec.commandLine().getErr().println(Text.of(spec).t("cli.note.folderShadows", scorer.source(), idOrFolder));
        }
        return scorer;
    }

    /**
     * The inputs an {@code --out} must not replace or be written into, for a methodology given as a
     * folder: the folder itself (an {@code --out} anywhere inside it, links resolved, is refused:
     * see {@link Output#checkNotAnInput}) and every file in it, walked following links (a folder
     * given through a symbolic link, or holding links, is walked where the links lead; a link back
     * up the tree is not walked twice). None for a bundled id.
     */
    static List<Path> methodologyFiles(String idOrFolder) {
        Path p = Path.of(idOrFolder);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(p)) {
            return files;
        }
        files.add(p);
        try {
            Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // a loop of links (FileSystemLoopException), a dangling link or an unreadable file: the loop's folder was
                    // walked once already; the others are reported when the folder is loaded
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // unreadable files are reported when the folder is loaded
        }
        return files;
    }

    /** Scores one evidence file; problems with the evidence name the file, line and column. */
    static ScoreCard score(Scorer scorer, Path file) {
        return score(scorer, file, DtiJson.readEvidence(file));
    }

    /** Scores {@code evidence}, read from {@code file}; problems with the evidence name the file, line and column. */
    static ScoreCard score(Scorer scorer, Path file, Evidence evidence) {
        try {
            return scorer.score(evidence);
        } catch (InvalidEvidenceException e) {
            throw new InvalidEvidenceException(Message.computed(language -> locate(file, e.message(language))));
        }
    }

    /** The message of {@code e} about {@code file}: "file: message". */
    static Message at(Path file, DtiException e) {
        return Message.join(": ", List.of(Message.text(file.toString()), e.message()));
    }

    /**
     * Prefixes "file:line:column" to each problem that starts with a JSON path: where the component's
     * entry starts for "$.components[N]…", where the value is for any other ("$.entity.kind: …",
     * "$.components: …"); all found in one pass over the file, however many problems there are.
     */
    static String locate(Path file, String message) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            bytes = new byte[0];
        }
        return DtiJson.locateComponents(bytes, file.toString(), message);
    }
}
