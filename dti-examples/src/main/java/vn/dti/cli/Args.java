package vn.dti.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options ({@code --name value}) and positional words of one command. */
final class Args {
    final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    static Args parse(List<String> words, Set<String> allowed) {
        Args a = new Args();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--")) {
                String name = w.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!allowed.contains(name)) {
                    throw new UsageException("Unknown option --" + name + "; this command takes " + (allowed.isEmpty() ? "no options"
                            : "--" + String.join(", --", allowed)) + ".");
                }
                if (value == null) {
                    if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                        throw new UsageException("Option --" + name + " needs a value.");
                    }
                    value = words.get(++i);
                }
                if (a.options.put(name, value) != null) {
                    throw new UsageException("Option --" + name + " is given twice.");
                }
            } else {
                a.positional.add(w);
            }
        }
        return a;
    }

    String get(String name) {
        return options.get(name);
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String require(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("Missing --" + name + ".");
        }
        return v;
    }

    String oneOf(String name, String fallback, String... allowed) {
        String v = get(name, fallback);
        for (String s : allowed) {
            if (s.equals(v)) {
                return v;
            }
        }
        throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + "; got [" + v + "].");
    }

    void noPositional() {
        if (!positional.isEmpty()) {
            throw new UsageException("Unexpected word [" + positional.get(0) + "].");
        }
    }
}
