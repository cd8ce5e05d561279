package vn.dti.cohort;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.json.DtiJson;

/**
 * Reads cohort files (docs/cohorts.md) and rankings written by {@code dti rank --format json}.
 * Stateless; safe from any thread.
 */
public final class CohortFiles {

    private CohortFiles() {
    }

    /** What the file must look like, in the run's language. */
    private static String shape(String key) {
        return vn.dti.text.Messages.text(vn.dti.text.Language.fromEnvironment(), key);
    }

    /**
     * Reads a cohort file; entities given by {@code evidenceFile} have their evidence read from that
     * file, relative to the cohort file's folder.
     *
     * @param file the cohort file
     * @return the cohort, every entity with its evidence or published values
     * @throws InvalidEvidenceException if the file or an evidence file cannot be read or is not
     *                                  valid, naming the file, line and JSON path
     */
    public static Cohort readCohort(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return readCohort(DtiJson.bytes(file, InvalidEvidenceException::new), file.toString(),
                name -> DtiJson.readEvidence(dir.resolve(name)));
    }

    /**
     * Reads a cohort from its bytes (an upload, a database); an entity given by
     * {@code evidenceFile} gets the evidence {@code evidenceFile} returns for that name (which
     * throws {@link InvalidEvidenceException}, naming it, when there is none).
     *
     * @param json         the cohort file's content, UTF-8 JSON (the caller limits its size)
     * @param display      the cohort's name in messages (a file name, never an application's own path)
     * @param evidenceFile the evidence of an entity that names an {@code evidenceFile}, by that name;
     *                     called once per such entity, in order
     * @return the cohort, every entity with its evidence
     * @throws InvalidEvidenceException if the JSON is not a valid cohort (naming {@code display}, the
     *                                  line and the JSON path), or as {@code evidenceFile} throws
     */
    public static Cohort readCohort(byte[] json, String display, Function<String, Evidence> evidenceFile) {
        Cohort cohort = DtiJson.read(json, display, Cohort.class, shape("cohort.shape"), InvalidEvidenceException::new);
        List<CohortEntity> entities = new ArrayList<>();
        for (CohortEntity e : cohort.entities()) {
            entities.add(e.evidenceFile() != null ? e.withEvidence(evidenceFile.apply(e.evidenceFile())) : e);
        }
        return cohort.withEntities(entities);
    }

    /**
     * The evidence files a cohort file refers to: the inputs of a run besides the cohort file.
     *
     * @param file the cohort file
     * @return the files, resolved against its folder, in the order of the entities
     * @throws InvalidEvidenceException if the cohort file cannot be read or is not valid
     */
    public static List<Path> evidenceFiles(Path file) {
        Cohort cohort = DtiJson.read(file, Cohort.class, shape("cohort.shape"), InvalidEvidenceException::new);
        Path dir = file.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        for (CohortEntity e : cohort.entities()) {
            if (e.evidenceFile() != null) {
                files.add(dir.resolve(e.evidenceFile()));
            }
        }
        return files;
    }

    /**
     * Reads a ranking written by {@code dti rank --format json}.
     *
     * @param file the ranking file
     * @return the ranking
     * @throws InvalidEvidenceException if the file cannot be read or is not a ranking, naming the
     *                                  line and JSON path
     */
    public static CohortRanking readRanking(Path file) {
        return DtiJson.read(file, CohortRanking.class, shape("cohort.rankingShape"), InvalidEvidenceException::new);
    }
}
