package vn.dti.rules.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.kie.api.runtime.rule.FactHandle;
import vn.dti.api.ReportStatus;
import vn.dti.api.ValueKind;
import vn.dti.rules.ComponentValue;

/**
 * A single-fact constraint of the forms rule files write most, tested as plain Java on the
 * component fact instead of through Drools' compiled evaluator: a property that is true
 * ({@code reported}) or false ({@code !quarter}); a property compared with a number
 * ({@code daysLate > 0}, {@code number > 0.10}) or with another property ({@code daysAfterPeriod >
 * graceDays}); a text or enum property equal or not to a constant ({@code indicator == "6.9"},
 * {@code status == ReportStatus.NOT_REPORTED}). The property is read by its getter, as MVEL reads
 * it. Anything else, and any comparison where a number is not a number (NaN), is left to Drools'
 * own constraint, so the result is always Drools': {@code DirectRulesProperties} checks every form
 * against it. Each test through Drools costs a megamorphic call, a volatile read and boxing of its
 * evaluator; about 13 tests per fact, 650 per entity, were a third of what the library did beyond
 * the plain-Java reference.
 */
final class PlainConstraint {
    private static final Pattern FLAG = Pattern.compile("\\s*(!?)\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*");
    private static final Pattern COMPARE = Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(==|!=|>=|<=|>|<)\\s*(.+?)\\s*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern TEXT = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern CONSTANT = Pattern.compile("(ReportStatus|ValueKind)\\.([A-Z_][A-Z0-9_]*)");

    // what is tested
    static final int IS = 0;
    static final int IS_NOT = 1;
    static final int NUMBER_WITH_NUMBER = 2;
    static final int NUMBER_WITH_PROPERTY = 3;
    static final int EQUALS = 4;
    static final int NOT_EQUALS = 5;

    // the properties, by getter
    private static final int REPORTED = 0;
    private static final int ABOVE_ONE = 1;
    private static final int YES = 2;
    private static final int AUTOMATIC = 3;
    private static final int GROUP_REPORT = 4;
    private static final int COOPERATING_REPORT = 5;
    private static final int QUARTER = 6;
    private static final int NUMBER_PROPERTY = 10;
    private static final int RATIO = 11;
    private static final int MAX = 12;
    private static final int DOCUMENTS = 13;
    private static final int DOCUMENTS_AFTER_PERIOD = 14;
    private static final int DAYS_AFTER_PERIOD = 15;
    private static final int DAYS_BEFORE_PERIOD = 16;
    private static final int DAYS_LATE = 17;
    private static final int GRACE_DAYS = 18;
    private static final int ENTITY = 19;
    private static final int SLOT = 20;
    private static final int INDICATOR = 30;
    private static final int CATEGORY = 31;
    private static final int REPORTED_BY = 32;
    private static final int RESPONSIBLE_AGENCY = 33;
    private static final int DEADLINE = 34;
    private static final int STATUS = 40;
    private static final int KIND = 41;

    private static final Map<String, Integer> FLAGS = Map.of("reported", REPORTED, "aboveOne", ABOVE_ONE, "yes", YES, "automatic", AUTOMATIC,
            "groupReport", GROUP_REPORT, "cooperatingReport", COOPERATING_REPORT, "quarter", QUARTER);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("number", NUMBER_PROPERTY), Map.entry("ratio", RATIO),
            Map.entry("max", MAX), Map.entry("documents", DOCUMENTS), Map.entry("documentsAfterPeriod", DOCUMENTS_AFTER_PERIOD),
            Map.entry("daysAfterPeriod", DAYS_AFTER_PERIOD), Map.entry("daysBeforePeriod", DAYS_BEFORE_PERIOD), Map.entry("daysLate", DAYS_LATE),
            Map.entry("graceDays", GRACE_DAYS), Map.entry("entity", ENTITY), Map.entry("slot", SLOT));
    /** Numbers that are always whole (int or long getters): never NaN, and == and != are exact. */
    private static final java.util.Set<Integer> WHOLE = java.util.Set.of(DOCUMENTS, DOCUMENTS_AFTER_PERIOD, DAYS_AFTER_PERIOD, DAYS_BEFORE_PERIOD,
            DAYS_LATE, GRACE_DAYS, ENTITY, SLOT);
    private static final Map<String, Integer> TEXTS = Map.of("indicator", INDICATOR, "category", CATEGORY, "reportedBy", REPORTED_BY,
            "responsibleAgency", RESPONSIBLE_AGENCY, "deadline", DEADLINE);

    private final AlphaNodeFieldConstraint drools;
    private final int test;
    private final int property;
    private final int operator;
    private final int other;
    private final double number;
    private final Object constant;
    /** The property's name as the rule writes it, and the other property's (compared with it) or null. */
    private final String name;
    private final String otherName;

    private PlainConstraint(AlphaNodeFieldConstraint drools, int test, String name, int property, int operator, String otherName, int other, double number,
            Object constant) {
        this.drools = drools;
        this.name = name;
        this.otherName = otherName;
        this.test = test;
        this.property = property;
        this.operator = operator;
        this.other = other;
        this.number = number;
        this.constant = constant;
    }

    /**
     * The system property that makes every constraint be tested by Drools' own evaluator, not as
     * plain Java where its form allows; the same findings either way.
     */
    static final String DROOLS_CONSTRAINTS = "dti.rules.droolsConstraints";
    private static final boolean OFF = Boolean.getBoolean(DROOLS_CONSTRAINTS);

    /** The constraint as plain Java, or null when its form is not one of those above (or {@value #DROOLS_CONSTRAINTS} is true). */
    static PlainConstraint of(AlphaNodeFieldConstraint constraint) {
        if (OFF || !(constraint instanceof org.drools.mvel.MVELConstraint mvel) || mvel.isDynamic()) {
            return null;
        }
        // a property compared with another of the same fact ("daysAfterPeriod > graceDays") is
        // compiled with a declaration for the other; any other declaration: left to Drools
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (org.drools.base.rule.Declaration d : mvel.getRequiredDeclarations()) {
            declared.add(d.getIdentifier());
        }
        String expression = mvel.getExpression();
        if (expression == null) {
            return null;
        }
        Matcher flag = FLAG.matcher(expression);
        if (flag.matches() && declared.isEmpty()) {
            Integer p = FLAGS.get(flag.group(2));
            return p == null ? null : new PlainConstraint(constraint, flag.group(1).isEmpty() ? IS : IS_NOT, flag.group(2), p, 0, null, 0, 0, null);
        }
        Matcher compare = COMPARE.matcher(expression);
        if (!compare.matches()) {
            return null;
        }
        String name = compare.group(1);
        int op = operator(compare.group(2));
        String right = compare.group(3);
        if (!declared.isEmpty() && !declared.equals(java.util.Set.of(right))) {
            return null;
        }
        Integer numeric = NUMBERS.get(name);
        if (numeric != null) {
            if ((op == EQ || op == NE) && !WHOLE.contains(numeric)) {
                return null;     // == on a double: NaN and MVEL's own equality are Drools' business
            }
            if (NUMBER.matcher(right).matches() && declared.isEmpty()) {
                return new PlainConstraint(constraint, NUMBER_WITH_NUMBER, name, numeric, op, null, 0, Double.parseDouble(right), null);
            }
            Integer second = NUMBERS.get(right);
            if (second != null && (op != EQ && op != NE || WHOLE.contains(second))) {
                return new PlainConstraint(constraint, NUMBER_WITH_PROPERTY, name, numeric, op, right, second, 0, null);
            }
            return null;
        }
        if (op != EQ && op != NE || !declared.isEmpty()) {
            return null;
        }
        Integer text = TEXTS.get(name);
        Matcher literal = TEXT.matcher(right);
        if (text != null && literal.matches()) {
            return new PlainConstraint(constraint, op == EQ ? EQUALS : NOT_EQUALS, name, text, op, null, 0, 0, literal.group(1));
        }
        Matcher c = CONSTANT.matcher(right);
        if (c.matches() && ("status".equals(name) || "kind".equals(name))) {
            boolean status = "status".equals(name);
            if (status != "ReportStatus".equals(c.group(1))) {
                return null;
            }
            try {
                Object value = status ? ReportStatus.valueOf(c.group(2)) : ValueKind.valueOf(c.group(2));
                return new PlainConstraint(constraint, op == EQ ? EQUALS : NOT_EQUALS, name, status ? STATUS : KIND, op, null, 0, 0, value);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    static final int EQ = 0;
    static final int NE = 1;
    static final int GT = 2;
    static final int GE = 3;
    static final int LT = 4;
    static final int LE = 5;

    private static int operator(String op) {
        switch (op) {
            case "==":
                return EQ;
            case "!=":
                return NE;
            case ">":
                return GT;
            case ">=":
                return GE;
            case "<":
                return LT;
            default:
                return LE;
        }
    }

    /** What is tested: {@link #IS}, {@link #IS_NOT}, {@link #NUMBER_WITH_NUMBER}, {@link #NUMBER_WITH_PROPERTY}, {@link #EQUALS} or {@link #NOT_EQUALS}. */
    int form() {
        return test;
    }

    /** The property tested, by its name in the rule ({@code daysLate}); read by its getter. */
    String property() {
        return name;
    }

    /** The property compared with {@link #property()} ({@code graceDays}), or null. */
    String otherProperty() {
        return otherName;
    }

    /** How two numbers are compared: {@link #EQ}, {@link #NE}, {@link #GT}, {@link #GE}, {@link #LT} or {@link #LE}. */
    int operator() {
        return operator;
    }

    /** The number compared with, for {@link #NUMBER_WITH_NUMBER}. */
    double number() {
        return number;
    }

    /** The text or enum constant compared with, for {@link #EQUALS} and {@link #NOT_EQUALS}. */
    Object constant() {
        return constant;
    }

    /** Drools' own constraint: its verdict where a number is NaN, or whatever form this one is not. */
    AlphaNodeFieldConstraint drools() {
        return drools;
    }

    /** The constraint's verdict on {@code v}, whose handle is {@code handle}: Drools' own where a number is NaN. */
    boolean test(ComponentValue v, FactHandle handle, ValueResolver resolver) {
        switch (test) {
            case IS:
                return flag(property, v);
            case IS_NOT:
                return !flag(property, v);
            case NUMBER_WITH_NUMBER: {
                double x = number(property, v);
                return x != x ? drools.isAllowed(handle, resolver) : compare(x, number);
            }
            case NUMBER_WITH_PROPERTY: {
                double x = number(property, v);
                double y = number(other, v);
                return x != x || y != y ? drools.isAllowed(handle, resolver) : compare(x, y);
            }
            case EQUALS:
                return constant.equals(object(property, v));
            default:
                return !constant.equals(object(property, v));
        }
    }

    private boolean compare(double x, double y) {
        switch (operator) {
            case EQ:
                return x == y;
            case NE:
                return x != y;
            case GT:
                return x > y;
            case GE:
                return x >= y;
            case LT:
                return x < y;
            default:
                return x <= y;
        }
    }

    private static boolean flag(int p, ComponentValue v) {
        switch (p) {
            case REPORTED:
                return v.isReported();
            case ABOVE_ONE:
                return v.isAboveOne();
            case YES:
                return v.isYes();
            case AUTOMATIC:
                return v.isAutomatic();
            case GROUP_REPORT:
                return v.isGroupReport();
            case COOPERATING_REPORT:
                return v.isCooperatingReport();
            default:
                return v.isQuarter();
        }
    }

    private static double number(int p, ComponentValue v) {
        switch (p) {
            case NUMBER_PROPERTY:
                return v.getNumber();
            case RATIO:
                return v.getRatio();
            case MAX:
                return v.getMax();
            case DOCUMENTS:
                return v.getDocuments();
            case DOCUMENTS_AFTER_PERIOD:
                return v.getDocumentsAfterPeriod();
            case DAYS_AFTER_PERIOD:
                return v.getDaysAfterPeriod();
            case DAYS_BEFORE_PERIOD:
                return v.getDaysBeforePeriod();
            case DAYS_LATE:
                return v.getDaysLate();
            case GRACE_DAYS:
                return v.getGraceDays();
            case ENTITY:
                return v.getEntity();
            default:
                return v.getSlot();
        }
    }

    private static Object object(int p, ComponentValue v) {
        switch (p) {
            case INDICATOR:
                return v.getIndicator();
            case CATEGORY:
                return v.getCategory();
            case REPORTED_BY:
                return v.getReportedBy();
            case RESPONSIBLE_AGENCY:
                return v.getResponsibleAgency();
            case DEADLINE:
                return v.getDeadline();
            case STATUS:
                return v.getStatus();
            default:
                return v.getKind();
        }
    }
}
