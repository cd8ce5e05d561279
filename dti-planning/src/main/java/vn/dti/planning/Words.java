package vn.dti.planning;

import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The planning library's words in the run's language ({@code --lang}, else the environment's):
 * the catalogue's {@code planning.*} texts. The records keep them as text, so a caller that needs
 * another language computes in it ({@link Language#during}).
 */
final class Words {
    private Words() {
    }

    /** The catalogue's text of {@code key} with its arguments, in {@link Language#fromEnvironment()}. */
    static String of(String key, Object... args) {
        return Messages.text(Language.fromEnvironment(), key, args);
    }
}
