package vn.dti.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * A sentence of the planning library read back as the catalogue text it was written from
 * ({@code planning.*}, in either language), so that a page can show it in both languages: a
 * plan, a target's distance or a note made in the run's language ({@link Words}) and handed to the
 * dashboard. The arguments are kept as written.
 */
final class CatalogueText {
    /** The letters a template must have outside its placeholders to be recognised (not "{0} {1}"). */
    private static final int LEAST_LETTERS = 8;

    private record Form(String key, Language language, Pattern pattern, List<Integer> order, int letters) {
    }

    private static final List<Form> FORMS = forms();

    private CatalogueText() {
    }

    private static List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        Pattern placeholder = Pattern.compile("\\{(\\d+)}");
        for (Language l : Language.values()) {
            for (Map.Entry<String, String> e : Messages.bundle("planning", l).entrySet()) {
                String template = e.getValue();
                StringBuilder regex = new StringBuilder();
                List<Integer> order = new ArrayList<>();
                Matcher m = placeholder.matcher(template);
                int at = 0;
                int letters = 0;
                while (m.find()) {
                    String literal = template.substring(at, m.start());
                    letters += (int) literal.chars().filter(Character::isLetter).count();
                    regex.append(Pattern.quote(literal));
                    int n = Integer.parseInt(m.group(1));
                    int seen = order.indexOf(n);
                    regex.append(seen >= 0 ? "\\" + (seen + 1) : "(.+?)");
                    if (seen < 0) {
                        order.add(n);
                    }
                    at = m.end();
                }
                String tail = template.substring(at);
                letters += (int) tail.chars().filter(Character::isLetter).count();
                regex.append(Pattern.quote(tail));
                if (letters >= LEAST_LETTERS) {
                    forms.add(new Form(e.getKey(), l, Pattern.compile(regex.toString(), Pattern.DOTALL), order, letters));
                }
            }
        }
        return List.copyOf(forms);
    }

    /**
     * The Vietnamese and English of a planning sentence written in either language.
     *
     * @param text a sentence of the library
     * @return {Vietnamese, English}; null when it is no planning text
     */
    static String[] both(String text) {
        if (text == null) {
            return null;
        }
        Form best = null;
        Object[] args = null;
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text);
            if ((best == null || f.letters() > best.letters()) && m.matches()) {
                best = f;
                int most = f.order().stream().mapToInt(Integer::intValue).max().orElse(-1);
                args = new Object[most + 1];
                for (int g = 0; g < f.order().size(); g++) {
                    args[f.order().get(g)] = m.group(g + 1);
                }
            }
        }
        if (best == null) {
            return null;
        }
        return new String[] {Messages.text(Language.VI, best.key(), args), Messages.text(Language.EN, best.key(), args)};
    }
}
