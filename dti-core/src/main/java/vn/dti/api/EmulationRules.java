package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dti.text.RefusedArgumentException;

/**
 * How the agencies' emulation score (thi đua) is weighed ({@code emulation.json} in a methodology
 * folder). The province's plan asks for a DTI dashboard "gắn với kết quả thi đua - khen thưởng"
 * (Kế hoạch số 4636/KH-UBND ngày 29/9/2025, mục II.1) but gives no formula: the weights and the
 * grades are the project's proposal, an ASSUMPTION the province edits. An agency's score is
 *
 * <pre>
 * score = 100 × (points × P + onTime × T + completeness × C + appraisal × A)
 * </pre>
 *
 * where P, T, C and A are the agency's shares in [0, 1] (see {@code vn.dti.reporting.Emulation})
 * and the four weights sum to 1, so the score is within [0, 100]. Immutable.
 *
 * @param source     the document that asks for the emulation table ("" when not given)
 * @param assumption what the weights rest on ("" when not given)
 * @param weights    the four weights, summing to 1
 * @param grades     the grades (xếp loại), each from a score up; empty for none; sorted highest first
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EmulationRules(String source, String assumption, Weights weights, List<Grade> grades) {
    /** The rules of a folder without {@code emulation.json}: equal weights, no grades. */
    public static final EmulationRules DEFAULT = new EmulationRules("", "", new Weights(0.25, 0.25, 0.25, 0.25), List.of());

    /**
     * Checks the weights and the grades; reads nulls as empty.
     *
     * @param source     null for empty
     * @param assumption null for empty
     * @param weights    not null
     * @param grades     null for none; ids distinct, scores distinct; copied, sorted highest first
     * @throws IllegalArgumentException if the weights are missing, or two grades share an id or a score
     */
    public EmulationRules {
        source = source == null ? "" : source;
        assumption = assumption == null ? "" : assumption;
        if (weights == null) {
            throw RefusedArgumentException.of("api.emulation.noWeights");
        }
        List<Grade> sorted = new ArrayList<>(grades == null ? List.of() : grades);
        sorted.sort(Comparator.comparingDouble(Grade::from).reversed());
        Set<String> ids = new HashSet<>();
        Set<Double> froms = new HashSet<>();
        for (Grade g : sorted) {
            if (!ids.add(g.id())) {
                throw RefusedArgumentException.of("api.emulation.gradeTwice", g.id());
            }
            if (!froms.add(g.from())) {
                throw RefusedArgumentException.of("api.emulation.sameFrom", g.id(), Double.toString(g.from()));
            }
        }
        grades = List.copyOf(sorted);
    }

    /**
     * The grade a score earns: the highest grade whose {@code from} it reaches.
     *
     * @param score a score in [0, 100]
     * @return the grade, or empty when there are no grades or the score is below every grade
     */
    public Optional<Grade> grade(double score) {
        return grades.stream().filter(g -> score >= g.from()).findFirst();
    }

    /**
     * The weight of each part of the score; each in [0, 1], together 1.
     *
     * @param points       the share of the max points of the components an agency leads that they earn
     * @param onTime       the share of the components it leads reported by the deadline
     * @param completeness the share of its components in both roles reported with their evidence document
     * @param appraisal    the share of its self-assessed points on the components it leads that the council kept
     */
    public record Weights(Double points, Double onTime, Double completeness, Double appraisal) {
        /**
         * Checks each weight and their sum.
         *
         * @param points       in [0, 1]
         * @param onTime       in [0, 1]
         * @param completeness in [0, 1]
         * @param appraisal    in [0, 1]
         * @throws IllegalArgumentException if a weight is missing or outside [0, 1], or they do not sum to 1
         */
        public Weights {
            check("points", points);
            check("onTime", onTime);
            check("completeness", completeness);
            check("appraisal", appraisal);
            double sum = points + onTime + completeness + appraisal;
            if (Math.abs(sum - 1) > 1e-9) {
                throw RefusedArgumentException.of("api.emulation.weightsSum", Double.toString(Math.round(sum * 1e6) / 1e6), Double.toString(points), Double.toString(onTime), Double.toString(completeness), Double.toString(appraisal));
            }
        }

        private static void check(String name, Double w) {
            if (w == null) {
                throw RefusedArgumentException.of("api.emulation.noWeight", name);
            }
            if (!(w >= 0 && w <= 1)) {
                throw RefusedArgumentException.of("api.emulation.weightRange", name, String.valueOf(w));
            }
        }
    }

    /**
     * A grade (xếp loại): the scores from {@code from} up to the next grade's.
     *
     * @param id   a short stable id, e.g. {@code excellent}
     * @param name the grade's name in the administration's words, e.g. "Hoàn thành xuất sắc nhiệm vụ"
     * @param from the lowest score of the grade, in [0, 100]
     */
    public record Grade(String id, String name, Double from) {
        /**
         * Checks the id and the score; reads a null name as the id.
         *
         * @param id   lower-case letters, digits, {@code .}, {@code _} or {@code -}
         * @param name null for the id
         * @param from not null, in [0, 100]
         * @throws IllegalArgumentException if the id is malformed or the score missing or out of range
         */
        public Grade {
            if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
                throw RefusedArgumentException.of("api.emulation.gradeId", id);
            }
            name = name == null || name.isBlank() ? id : name;
            if (from == null) {
                throw RefusedArgumentException.of("api.emulation.noFrom", id);
            }
            if (!(from >= 0 && from <= 100)) {
                throw RefusedArgumentException.of("api.emulation.fromRange", id, String.valueOf(from));
            }
        }
    }
}
