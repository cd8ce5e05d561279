/**
 * Text that dti writes for people to read, made safe to show: {@link vn.dti.text.ShownText}
 * takes out the characters that change how a line is shown without being seen (bidirectional
 * controls such as U+202E, zero-width and other invisible format characters, control
 * characters), and {@link vn.dti.text.Csv} is the one CSV writer of every command, whose cells a
 * spreadsheet program never reads as a formula.
 */
package vn.dti.text;
