package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.dti.text.RefusedArgumentException;

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
        RefusedArgumentException.required(id, "api.component.noId");
        if (id.isMain()) {
            throw RefusedArgumentException.of("api.component.noMainPart", id);
        }
        if (name == null || name.isBlank()) {
            throw RefusedArgumentException.of("api.component.noName", id);
        }
        label = label == null ? "" : label;
        if (!Double.isFinite(maxPoints) || maxPoints < 0) {
            throw RefusedArgumentException.of("api.component.badMaxPoints", id, Double.toString(maxPoints));
        }
        if (valueKind == null) {
            throw RefusedArgumentException.of("api.component.noValueKind", id);
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (valueKind == ValueKind.CATEGORY && categories.isEmpty()) {
            throw RefusedArgumentException.of("api.component.noCategories", id);
        }
        if (valueKind != ValueKind.CATEGORY && !categories.isEmpty()) {
            throw RefusedArgumentException.of("api.component.categoriesNotCategory", id, valueKind);
        }
        if (categories.stream().map(CategoryOption::code).distinct().count() != categories.size()) {
            throw RefusedArgumentException.of("api.component.categoryTwice", id);
        }
        if (valueKind == ValueKind.RATE && (per == null || per <= 0)) {
            throw RefusedArgumentException.of("api.component.noPer", id);
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
