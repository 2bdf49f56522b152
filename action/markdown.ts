// Text from DNS (records, names, and the findings that quote them) reaches the job summary, which GitHub renders as
// GitHub-flavoured Markdown: unescaped, a TXT record could put a live link, an image or HTML in front of the reader.
// The summary's own Markdown puts such text only inside a line (after "- " or "| "), never at a line's start, so
// block syntax (headings, lists, quotes) cannot arise from it; what can arise inline is escaped here.

// CommonMark §2.4: an escaped ASCII punctuation character stands for itself. Escaped: the backslash itself, link and
// image brackets, code-span backticks, emphasis and strikethrough marks, and table pipes.
const INLINE = /[\\[\]`*_~|]/g;
// CommonMark §6.6, §6.5: `<` opens raw HTML and autolinks, `&` character references.
const HTML = /[&<>]/g;
// GFM's autolink literals (§6.9): `http://`/`https://` (and any scheme's `://`), `www.`, and e-mail addresses (`@`).
const SCHEME_SLASHES = /(?<=[a-z0-9])(:)(?=\/\/)/gi;
const WWW_DOT = /\b(www)\./gi;
const AT = /@/g;

/** Breaks GFM's autolink literals with escapes: `https\://`, `www\.`, `\@`. */
const breakAutolinks = (text: string) =>
  text.replace(SCHEME_SLASHES, '\\:').replace(WWW_DOT, '$1\\.').replace(AT, '\\@');

/**
 * Escapes text for GitHub-flavoured Markdown, inline or in a table cell, so it renders as itself: no link, image,
 * autolink, raw HTML, code span, emphasis or cell break can come out of it; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return breakAutolinks(text.replace(INLINE, (c) => `\\${c}`).replace(HTML, (c) => `&#${c.charCodeAt(0)};`)).replace(
    /\r\n?|\n/g,
    ' ',
  );
}

// Annotations are shown as plain text, where every escape shows: only what could start a link, an image, a code span,
// HTML or an autolink is escaped, so the text stays readable and is inert wherever it is rendered as Markdown.
const ANNOTATION_OPENERS = /[\\[\]`<>&]/g;

/** Escapes what could start a link, an image, a code span, HTML or an autolink in an annotation's text. */
export function escapeAnnotation(text: string): string {
  return breakAutolinks(text.replace(ANNOTATION_OPENERS, (c) => `\\${c}`));
}
