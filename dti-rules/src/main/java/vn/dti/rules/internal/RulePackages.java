package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A methodology's compiled rule packages: those at hand, and every package's rule names in
 * package order. Just compiled, every package is at hand. Read from the compiled cache
 * ({@link CompiledCache}), only the packages scoring's knowledge base needs are
 * ({@link RuleBase#sessionKbase()}: the rule files); the others (a decision table whose rows are
 * applied as data, {@link TableRows}) are read from the entry's bytes when first asked for
 * ({@link #all()}: the full knowledge base, {@code -Ddti.rules.tablesInDrools=true}). Reading
 * them back was most of the time a cold {@code dti score} spent on the compiled rules.
 */
final class RulePackages {
    private final List<KiePackage> atHand;
    private final Map<String, List<String>> ruleNames;
    private Supplier<List<KiePackage>> rest;
    private List<KiePackage> all;

    private RulePackages(List<KiePackage> atHand, Map<String, List<String>> ruleNames, Supplier<List<KiePackage>> rest, List<KiePackage> all) {
        this.atHand = List.copyOf(atHand);
        this.ruleNames = ruleNames;
        this.rest = rest;
        this.all = all;
    }

    /** Every package at hand. */
    static RulePackages of(Collection<KiePackage> packages) {
        List<KiePackage> all = List.copyOf(packages);
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (KiePackage p : all) {
            List<String> rules = new ArrayList<>();
            for (Rule r : p.getRules()) {
                rules.add(r.getName());
            }
            if (names.put(p.getName(), List.copyOf(rules)) != null) {
                throw new IllegalArgumentException("two compiled packages named " + p.getName());
            }
        }
        return new RulePackages(all, Collections.unmodifiableMap(names), null, all);
    }

    /**
     * Packages of which {@code atHand} are read, the others given by {@code rest} when first
     * needed (in any order: {@link #all()} puts them in the order of {@code ruleNames}).
     *
     * @param ruleNames every package's rule names, by package name, in package order
     */
    static RulePackages deferred(List<KiePackage> atHand, Map<String, List<String>> ruleNames, Supplier<List<KiePackage>> rest) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        ruleNames.forEach((p, rules) -> names.put(p, List.copyOf(rules)));
        for (KiePackage p : atHand) {
            if (!names.containsKey(p.getName())) {
                throw new IllegalArgumentException("package " + p.getName() + " is not among " + names.keySet());
            }
        }
        boolean whole = atHand.size() == names.size();
        return new RulePackages(atHand, Collections.unmodifiableMap(names), whole ? null : rest, whole ? List.copyOf(atHand) : null);
    }

    /** The same packages, of which only {@code keep} (packages of this set) are to be at hand once stored. */
    RulePackages keeping(List<KiePackage> keep) {
        return new RulePackages(keep, ruleNames, null, all());
    }

    /** The packages read: every package, or those scoring needs. */
    List<KiePackage> atHand() {
        return atHand;
    }

    /** Every package's rule names, by package name, in package order (known without reading the packages). */
    Map<String, List<String>> ruleNames() {
        return ruleNames;
    }

    /** How many rules the packages hold. */
    int ruleCount() {
        int n = 0;
        for (List<String> rules : ruleNames.values()) {
            n += rules.size();
        }
        return n;
    }

    /** Every package, in package order; those not at hand are read now, once. */
    synchronized List<KiePackage> all() {
        if (all == null) {
            Map<String, KiePackage> byName = new HashMap<>();
            atHand.forEach(p -> byName.put(p.getName(), p));
            rest.get().forEach(p -> byName.put(p.getName(), p));
            List<KiePackage> ordered = new ArrayList<>();
            for (String name : ruleNames.keySet()) {
                KiePackage p = byName.get(name);
                if (p == null) {
                    throw new IllegalStateException("the compiled package " + name + " is missing from the compiled cache entry");
                }
                ordered.add(p);
            }
            all = List.copyOf(ordered);
            rest = null;
        }
        return all;
    }

    /** The packages that are not at hand (all of them read now): what a cache entry stores apart. */
    List<KiePackage> notAtHand() {
        java.util.Set<String> kept = new java.util.HashSet<>();
        atHand.forEach(p -> kept.add(p.getName()));
        return all().stream().filter(p -> !kept.contains(p.getName())).toList();
    }
}
