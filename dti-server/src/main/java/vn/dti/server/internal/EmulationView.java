package vn.dti.server.internal;

import java.util.List;

/**
 * The steering committee's emulation page: the agencies' emulation table of the period, its
 * formula (the project's proposal), and the trend of the period's year.
 *
 * @param entity     the entity's id
 * @param entityName the entity's name
 * @param period     the period's label
 * @param periods    the periods to choose from
 * @param asOf       the day the table is for, in words
 * @param entities   whether the service holds any entity (else the page says so)
 * @param rows       one row per agency, best first
 * @param formula    the formula's lines, in the page's language
 * @param problems   why the table cannot be made (the period's files cannot be merged), or empty
 * @param back       the committee's page of the same entity and period
 * @param trend      the trend of the period's year
 */
public record EmulationView(String entity, String entityName, String period, List<Option> periods, String asOf, boolean entities, List<Row> rows,
        List<String> formula, List<String> problems, String back, Trend trend) {

    /** @return the page of a service that holds no entity yet */
    public static EmulationView none() {
        return new EmulationView("", "", "", List.of(), "", false, List.of(), List.of(), List.of(), "/committee", new Trend(List.of(), List.of(), List.of(), 1,
                List.of()));
    }

    /** @return the chosen period in words (Quý 3/2025) */
    public String periodWords() {
        return periods.stream().filter(Option::selected).map(Option::label).findFirst().orElse(period);
    }

    /**
     * One agency.
     *
     * @param rank         its rank, 1 the best
     * @param agency       the agency
     * @param score        the score in words
     * @param points       P: points / max (share), or a dash
     * @param onTime       T: on time / led (share), or a dash
     * @param completeness C: complete / due (share)
     * @param appraisal    A: the council's adjustment (share), or a dash
     * @param grade        the grade's name, or empty
     * @param gradeId      the grade's id (a class of the row), or empty
     */
    public record Row(String rank, String agency, String score, String points, String onTime, String completeness, String appraisal, String grade,
            String gradeId) {
    }

    /**
     * The trend of a year: each period's totals and main indicators, and its bars.
     *
     * @param mains     the main indicators' ids, the table's columns
     * @param rows      one row per period scored, in time order
     * @param bars      one pair of bars per period (self-assessed, final)
     * @param height    the chart's height, in its units
     * @param notScored the periods that could not be scored, in words
     */
    public record Trend(List<String> mains, List<TrendRow> rows, List<Bar> bars, int height, List<String> notScored) {
    }

    /**
     * One period of the trend.
     *
     * @param period the period in words
     * @param self   the self-assessed total
     * @param fin    the final total
     * @param max    the methodology's max
     * @param mains  each main indicator's final points, in the order of {@link Trend#mains()}
     */
    public record TrendRow(String period, String self, String fin, String max, List<String> mains) {
    }

    /**
     * One period's bars in the chart.
     *
     * @param label      the period in words
     * @param y          the self-assessed bar's top
     * @param y2         the final bar's top
     * @param selfWidth  the self-assessed bar's width
     * @param finalWidth the final bar's width
     * @param self       the self-assessed total in words
     * @param fin        the final total in words
     */
    public record Bar(String label, int y, int y2, double selfWidth, double finalWidth, String self, String fin) {
        /** @return where the label's baseline is */
        public int labelY() {
            return y2 + 4;
        }

        /** @return where the self-assessed value's baseline is */
        public int selfY() {
            return y + 11;
        }

        /** @return where the final value's baseline is */
        public int finalY() {
            return y2 + 11;
        }

        /** @return where the self-assessed value starts */
        public double selfX() {
            return 190 + selfWidth + 6;
        }

        /** @return where the final value starts */
        public double finalX() {
            return 190 + finalWidth + 6;
        }
    }
}
