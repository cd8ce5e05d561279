package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A component indicator (chỉ số thành phần): the unit that evidence reports on and rules score.
 *
 * @param id                  e.g. {@code 3.4}; its first part names the main indicator
 * @param name                the official Vietnamese name, exactly as in the source
 * @param label               an English label
 * @param maxPoints           the most points it can earn; 0 means tracked, not scored
 * @param valueKind           the kind of value evidence reports
 * @param per                 for {@link ValueKind#RATE}: per how many people (100, 1000)
 * @param unit                for {@link ValueKind#MONEY} and counts: the unit, e.g. "triệu đồng"
 * @param categories          for {@link ValueKind#CATEGORY}: the allowed codes
 * @param responsibleAgency   the agency (cơ quan phụ trách) that reports it and owns its losses
 * @param cooperatingAgencies the agencies that cooperate (cơ quan phối hợp)
 * @param evidence            what evidence it needs
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Component(
        IndicatorId id,
        String name,
        String label,
        double maxPoints,
        ValueKind valueKind,
        Integer per,
        String unit,
        List<CategoryOption> categories,
        String responsibleAgency,
        List<String> cooperatingAgencies,
        EvidenceRequirement evidence) {

    /**
     * Checks the component and fills what it may leave out; see the class description for each
     * component.
     *
     * @param id                  a component id ({@code 3.4}, not a main indicator's {@code 3})
     * @param name                not blank
     * @param label               null for empty
     * @param maxPoints           finite, at least 0
     * @param valueKind           not null
     * @param per                 above 0 for a {@link ValueKind#RATE}; otherwise ignored
     * @param unit                null for empty
     * @param categories          for a {@link ValueKind#CATEGORY} at least one, codes distinct; empty
     *                            (or null) for any other kind; copied
     * @param responsibleAgency   null for empty
     * @param cooperatingAgencies null for none; copied
     * @param evidence            null for {@link EvidenceRequirement#DOCUMENT_REQUIRED}
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if any of these does not hold; the message names the
     *                                  component and the fix
     */
    public Component {
        Objects.requireNonNull(id, "component id");
        if (id.isMain()) {
            throw new IllegalArgumentException("Component id [" + id + "] has no main-indicator part; write it as 3.4, not 34.");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Component " + id + " has no name; copy the official Vietnamese name.");
        }
        label = label == null ? "" : label;
        if (!Double.isFinite(maxPoints) || maxPoints < 0) {
            throw new IllegalArgumentException("Component " + id + " has max points [" + maxPoints + "]; use a number of at least 0.");
        }
        if (valueKind == null) {
            throw new IllegalArgumentException("Component " + id + " has no valueKind; use one of RATIO, COUNT, RATE, YES_NO, CATEGORY, MONEY.");
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (valueKind == ValueKind.CATEGORY && categories.isEmpty()) {
            throw new IllegalArgumentException("Component " + id + " is a CATEGORY but lists no categories; add \"categories\": [{\"code\": ..., \"name\": ...}].");
        }
        if (valueKind != ValueKind.CATEGORY && !categories.isEmpty()) {
            throw new IllegalArgumentException("Component " + id + " lists categories but its valueKind is " + valueKind + "; remove them or use CATEGORY.");
        }
        if (categories.stream().map(CategoryOption::code).distinct().count() != categories.size()) {
            throw new IllegalArgumentException("Component " + id + " lists a category code twice.");
        }
        if (valueKind == ValueKind.RATE && (per == null || per <= 0)) {
            throw new IllegalArgumentException("Component " + id + " is a RATE but has no \"per\" (e.g. 100 for per 100 people).");
        }
        unit = unit == null ? "" : unit;
        responsibleAgency = responsibleAgency == null ? "" : responsibleAgency;
        cooperatingAgencies = cooperatingAgencies == null ? List.of() : List.copyOf(cooperatingAgencies);
        evidence = evidence == null ? EvidenceRequirement.DOCUMENT_REQUIRED : evidence;
    }

    /**
     * Whether the component carries points.
     *
     * @return true when its max is above 0; false for a component tracked, not scored
     */
    public boolean scored() {
        return maxPoints > 0;
    }

    /**
     * One of the component's categories.
     *
     * @param code a category code as evidence writes it
     * @return the category with this code, or null when the component has none such
     */
    public CategoryOption category(String code) {
        for (CategoryOption c : categories) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
