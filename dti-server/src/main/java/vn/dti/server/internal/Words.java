package vn.dti.server.internal;

import vn.dti.text.Language;
import vn.dti.text.Messages;

/**
 * The words of a page in its language: every text a template writes comes from the server's
 * catalogue ({@code vn/dti/server/messages*.properties}, keys {@code server.page.*}).
 */
public final class Words {
    private final Language language;

    /**
     * @param language the page's language
     */
    public Words(Language language) {
        this.language = language;
    }

    /**
     * @param key  the key after {@code server.page.}
     * @param args the arguments of its placeholders
     * @return the text in the page's language
     */
    public String t(String key, Object... args) {
        return Messages.text(language, "server.page." + key, args);
    }

    /** @return the page's language */
    public Language language() {
        return language;
    }

    /** @return the language's code for {@code <html lang>}: vi or en */
    public String code() {
        return language.code();
    }

    /** @return the other language, the one the switch offers */
    public Language other() {
        return language == Language.VI ? Language.EN : Language.VI;
    }
}
