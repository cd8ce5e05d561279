package vn.dti.server.internal;

import java.util.List;

/**
 * An agency clerk's form: the agency's components for the period in both its roles, each with its
 * value and evidence document to type (the workbook's cells, in a web form), and the answer to a
 * form sent and refused.
 *
 * @param agency     the clerk's agency
 * @param entity     the entity's id (sent back by the form)
 * @param entityName the entity's name
 * @param period     the period's label (sent back by the form)
 * @param periods    the periods to choose from
 * @param roles      the agency's components, by role (responsible first)
 * @param result     the answer to the form just sent (refused); null when none was sent
 * @param finalised  the council has finalised the period: nothing more is submitted
 * @param entities   whether the service holds any entity (else the page says so)
 * @param last       the last submission in words, or null when there is none
 */
public record ClerkFormView(String agency, String entity, String entityName, String period, List<Option> periods, List<RoleBlock> roles,
        ClerkView.Result result, boolean finalised, boolean entities, String last) {

    /** @return the chosen period in words (Quý 3/2025) */
    public String periodWords() {
        return periods.stream().filter(Option::selected).map(Option::label).findFirst().orElse(period);
    }

    /**
     * The components of one role.
     *
     * @param title  the role in words (Chủ trì, Phối hợp)
     * @param fields the components' fields
     */
    public record RoleBlock(String title, List<Field> fields) {
    }

    /**
     * A component's fields.
     *
     * @param id        its id (5.1); the form's fields are named by it
     * @param name      its official name
     * @param role      the agency's role in the workbook's words
     * @param maxPoints its max points in words
     * @param kind      the kind of value in words (a percent, a whole number, yes or no, a level …)
     * @param unit      its unit, or empty
     * @param hint      what to write, in the page's words
     * @param current   its value in the last submission, in words; null when it has none
     * @param input     how the value is typed: {@code text}, or {@code choice} (yes/no, a level)
     * @param choices   for a choice: the options (the first blank)
     * @param value     what the value field holds
     * @param number    the evidence document's number
     * @param title     its title
     * @param date      its date of issue (dd/mm/yyyy)
     * @param issuer    who issued it
     * @param link      where it is found (the scan's name, or a link), kept as it was unless a scan is sent
     * @param scan      the scan already kept with the last submission (its file name), or null
     * @param keep      the kept scan's key, sent back so that it stays with the new version; null when none
     * @param note      the note
     * @param problems  what is wrong with what was typed, each naming the field; empty when nothing
     */
    public record Field(String id, String name, String role, String maxPoints, String kind, String unit, String hint, String current, String input,
            List<Option> choices, String value, String number, String title, String date, String issuer, String link, String scan, String keep,
            String note, List<String> problems) {

        /** @return whether the document's fields are shown open: a component with a value, a document or a problem */
        public boolean documentOpen() {
            return !value.isBlank() || !number.isBlank() || !title.isBlank() || !date.isBlank() || !problems.isEmpty();
        }

        /** @return the id as an HTML id (dots as dashes: c-5-1) */
        public String anchor() {
            return "c-" + id.replace('.', '-');
        }
    }
}
