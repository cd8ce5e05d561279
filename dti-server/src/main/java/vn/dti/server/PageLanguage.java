package vn.dti.server;

import io.javalin.http.Context;
import java.util.Optional;
import vn.dti.text.Language;

/**
 * The language a reader chose for the service's pages: {@code ?lang=} (kept in a cookie), else the
 * cookie, else {@code Accept-Language}; Vietnamese by default. The pages and the served dashboard
 * both open in it.
 */
final class PageLanguage {
    /** The cookie that keeps a {@code ?lang=} choice. */
    static final String COOKIE = "dti_lang";

    private PageLanguage() {
    }

    /** The reader's language for the page {@code ctx} answers; a {@code ?lang=} choice is kept in {@link #COOKIE}. */
    static Language of(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null) {
            Optional<Language> l = Language.parse(asked);
            if (l.isPresent()) {
                ctx.res().addHeader("Set-Cookie", COOKIE + "=" + l.get().code() + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict");
                return l.get();
            }
        }
        String kept = ctx.cookie(COOKIE);
        if (kept != null) {
            Optional<Language> l = Language.parse(kept);
            if (l.isPresent()) {
                return l.get();
            }
        }
        return Language.fromAcceptLanguage(ctx.header("Accept-Language"));
    }
}
