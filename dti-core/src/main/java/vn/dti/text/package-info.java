/**
 * The message catalogue: every text a person reads, in Vietnamese (the default) and English; and
 * text made safe to show.
 *
 * <p>Start from {@link vn.dti.text.Language} (which language, and how a run picks it: {@code --lang}
 * &gt; {@code DTI_LANG} &gt; the locale &gt; Vietnamese), {@link vn.dti.text.Message} (a text kept as
 * its catalogue key and arguments, rendered in any language when it is shown) and
 * {@link vn.dti.text.Messages} (the catalogue itself: where the texts are, how a key is looked up).
 * Numbers and dates inside messages are {@link vn.dti.text.Figure}s, written as each language writes
 * them ({@code 46,69%}, {@code 1.747.201}, {@code 25/09/2025} in Vietnamese). The terms used in
 * Vietnamese are listed in {@code docs/language.md}.
 *
 * <p>{@link vn.dti.text.ShownText} takes out of any text shown the characters that change how a
 * line is shown without being seen (bidirectional controls such as U+202E, zero-width and other
 * invisible format characters, control characters); {@link vn.dti.text.Csv} is the one CSV writer
 * of every command, whose cells a spreadsheet program never reads as a formula.
 *
 * <p><b>Public API</b> of {@code vn.dti:dti-core} (module {@code vn.dti.core}): changes follow
 * semantic versioning, and a break is listed in the CHANGELOG (docs/releasing.md).
 */
package vn.dti.text;
