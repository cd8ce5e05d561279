package vn.dti.server.internal;

/**
 * What every page's frame shows: its title, who is signed in, the language switch, and the nonce
 * of its script and the CSRF token of its forms.
 *
 * @param w          the page's words
 * @param title      the page's title
 * @param nonce      the nonce the Content-Security-Policy allows the page's script with
 * @param csrf       the session's CSRF token for the page's forms; null when nobody is signed in
 * @param user       the account signed in; null when nobody is
 * @param role       the account's role (and a clerk's agency) in words; null when nobody is signed in
 * @param switchHref the same page in the other language
 * @param menu       the pages the account's role may open (address, name, whether it is this one); empty for a role with one page
 */
public record Frame(Words w, String title, String nonce, String csrf, String user, String role, String switchHref, java.util.List<Option> menu) {
    /** Copies the menu. */
    public Frame {
        menu = java.util.List.copyOf(menu);
    }
}
