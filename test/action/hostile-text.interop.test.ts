import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, inject, it } from 'vitest';
import { escapeAnnotation, escapeMarkdown } from '../../action/markdown.js';
import { HOSTILE_MARKDOWN } from '../fixtures/zones/verdicts.js';
import { createWorkspace, runAction } from './harness.js';

/** Renders GitHub-flavoured Markdown as GitHub does for a job summary (tables, autolink literals, raw HTML). */
const render = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** The parts of rendered HTML that make DNS text live: links, images, and any tag it brought itself. */
function liveParts(html: string): string[] {
  return [...html.matchAll(/<(a|img|b|script)\b[^>]*>/g)].map((match) => match[0]);
}

const HOSTILE = [
  HOSTILE_MARKDOWN,
  '[ref][1]\n\n[1]: https://evil.test',
  '[^note] and [x]: https://evil.test',
  '<script>alert(1)</script>',
  '<https://evil.test>',
  'https://evil.test/path?q=1',
  'HTTP://EVIL.TEST',
  'www.evil.test',
  'dmarc@evil.test',
  'mailto:dmarc@evil.test',
  '&lt;img src=x&gt;',
  '\\[link](https://evil.test)',
  '**bold** __bold__ ~~gone~~ `code`',
  'a | b | c',
  'line\n# heading\n> quote\n- item',
];

describe('escapeMarkdown and escapeAnnotation', () => {
  it.each(HOSTILE)('render %j as its own text, with nothing live', (text) => {
    const cell = render(`| a |\n| --- |\n| ${escapeMarkdown(text)} |`);
    expect(liveParts(cell)).toEqual([]);
    expect(cell).not.toMatch(/<(script|em|strong|del|code|h1|blockquote|li|sup)\b/);
    expect(cell.match(/<td>/g)).toHaveLength(1);
    // What a reader sees is the text itself (line breaks as spaces).
    const shown = cell
      .replace(/^[\s\S]*<td>|<\/td>[\s\S]*$/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(shown).toBe(text.replace(/\n/g, ' '));
    const annotation = render(escapeAnnotation(text));
    expect(liveParts(annotation)).toEqual([]);
    expect(annotation).not.toMatch(/<(script|code)\b|href=/);
  });
});

describe('text from DNS in the Action (over the real DNS stack)', () => {
  it('is inert in the job summary and in annotations: no link, image or HTML from a TXT record', async () => {
    const dirs = await createWorkspace();
    // md.verdicts.test publishes SPF and DMARC records with Markdown links, an image and HTML in them.
    const run = await runAction(
      { domains: 'md.verdicts.test', 'doh-url': inject('dohUrl'), 'dns-timeout-ms': '1500', 'fail-on': 'warning' },
      dirs,
    );
    expect(run.code).toBe(1);
    const html = render(run.summary);
    // The record's text is there, shown as text.
    expect(html).toContain('[link](https://evil.test)');
    expect(html).toContain('![img](https://evil.test/x.png)');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(liveParts(html)).toEqual([]);
    expect(html).not.toContain('evil.test"');

    const annotations = run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
    const quoting = annotations.filter((c) => c.message.includes('evil'));
    expect(quoting.length).toBeGreaterThanOrEqual(1);
    for (const annotation of annotations) {
      expect(liveParts(render(annotation.message)), annotation.message).toEqual([]);
      expect(liveParts(render(annotation.properties.title ?? '')), annotation.properties.title).toEqual([]);
      expect(render(annotation.message)).not.toContain('href=');
    }
    expect(HOSTILE_MARKDOWN).toContain('![img]');
  });
});
