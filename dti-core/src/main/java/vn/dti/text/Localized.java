package vn.dti.text;

/**
 * Something that is written differently in each language: a {@link Message}, a {@link Figure}.
 * As an argument of a message it is written in that message's language.
 */
@FunctionalInterface
public interface Localized {
    /**
     * The text in a language.
     *
     * @param language the reader's language
     * @return the text written in it
     */
    String in(Language language);
}
