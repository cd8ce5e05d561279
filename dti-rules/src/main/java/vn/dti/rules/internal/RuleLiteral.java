package vn.dti.rules.internal;

/**
 * A number written in a rule file's rule, in its conditions or its consequence: what the
 * load-time sweep tries (with the values just above and below it), and where the benchmarks'
 * plain-Java reference reads its thresholds from.
 *
 * @param file  the rule file, within the folder
 * @param rule  the rule's name
 * @param line  the line it is written on
 * @param field the field (or getter) it is compared with ({@code documents}, {@code number}); null when none can be told
 * @param value the number
 */
public record RuleLiteral(String file, String rule, int line, String field, double value) {
}
