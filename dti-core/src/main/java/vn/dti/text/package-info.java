/**
 * The message catalogue: every text a person reads, in Vietnamese (the default) and English.
 *
 * <p>Start from {@link vn.dti.text.Language} (which language, and how a run picks it: {@code --lang}
 * &gt; {@code DTI_LANG} &gt; the locale &gt; Vietnamese), {@link vn.dti.text.Message} (a text kept as
 * its catalogue key and arguments, rendered in any language when it is shown) and
 * {@link vn.dti.text.Messages} (the catalogue itself: where the texts are, how a key is looked up).
 * Numbers and dates inside messages are {@link vn.dti.text.Figure}s, written as each language writes
 * them ({@code 46,69%}, {@code 1.747.201}, {@code 25/09/2025} in Vietnamese). The terms used in
 * Vietnamese are listed in {@code docs/language.md}.
 */
package vn.dti.text;
