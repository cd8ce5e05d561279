package vn.dti.benchmarks;

import vn.dti.rules.Methodologies;

/** Run in a fresh JVM by {@code Bench cold}: load (compile) the 2025 methodology and exit. */
public final class ColdLoad {
    private ColdLoad() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("jvm-only")) {
            return;
        }
        if (Methodologies.bundled("vn-dti-province-2025").methodology().components().size() != 50) {
            throw new IllegalStateException("unexpected methodology");
        }
    }
}
