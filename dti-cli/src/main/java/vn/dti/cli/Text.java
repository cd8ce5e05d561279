package vn.dti.cli;

import picocli.CommandLine.Model.CommandSpec;
import vn.dti.text.Figure;
import vn.dti.text.Language;
import vn.dti.text.Localized;
import vn.dti.text.Messages;

/**
 * The words and numbers of one run's tables, in its language: catalogue texts ({@code cli.…}
 * keys in {@code vn/dti/cli/messages*.properties}), points, indices and percentages as the
 * language writes them (29,07 / 29.07).
 *
 * @param language the run's language
 */
record Text(Language language) {
    /** The words of the run that {@code spec} belongs to, in the language Main chose for it ({@code --lang}, {@code DTI_LANG}, the locale). */
    static Text of(CommandSpec spec) {
        return new Text(DtiCommand.language(spec));
    }

    /** The catalogue's text of {@code key}, with its arguments. */
    String t(String key, Object... args) {
        return Messages.text(language, key, args);
    }

    /** A message, a figure: in this language. */
    String of(Localized text) {
        return text.in(language);
    }

    /** Points: up to 2 decimals. */
    String points(double p) {
        return Figure.points(p).in(language);
    }

    /**
     * Points with enough decimals that a miss shows: 2, or more (up to 6) where 2 would round up
     * to the next whole number (799.9997 is written 799.9997, not 800).
     */
    String pointsExact(double p) {
        if (Math.abs(p - Math.rint(p)) < 1e-9) {
            return points(Math.rint(p));
        }
        for (int decimals = 2; decimals < 6; decimals++) {
            double rounded = new java.math.BigDecimal(p).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
            if (Math.floor(rounded) == Math.floor(p)) {
                return Figure.number(p, decimals).in(language);
            }
        }
        return Figure.number(p, 6).in(language);
    }

    /** "points / max". */
    String pointsOf(double p, double max) {
        return points(p) + " / " + points(max);
    }

    /** An index or a published value: exactly 4 decimals. */
    String index(double v) {
        return Figure.fixed(v, 4).in(language);
    }

    /** A number with up to {@code decimals} decimals. */
    String number(double v, int decimals) {
        return Figure.number(v, decimals).in(language);
    }

    /** A signed difference of points: +2.5, −3, ±0. */
    String signedPoints(double d) {
        return (d > 0 ? "+" : d < 0 ? "−" : "±") + points(Math.abs(d));
    }
}
