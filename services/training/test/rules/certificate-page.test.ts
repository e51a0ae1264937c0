import { escapeHtml, prefersHtml } from '../../src/rules/certificate-page';

describe('prefersHtml', () => {
  it('is true when text/html has a higher quality than application/json', () => {
    for (const accept of [
      'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', // Chrome
      'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', // Safari, Firefox
      'text/html',
      'TEXT/HTML; charset=utf-8',
      'text/*',
      'application/json;q=0.5, text/html',
      'text/html, application/json;q=0',
      '*/*;q=0.1, text/html;q=0.2',
    ]) expect([accept, prefersHtml(accept)]).toEqual([accept, true]);
  });

  it('is false for no header, */*, JSON, a tie, or HTML refused', () => {
    for (const accept of [
      undefined,
      '',
      '*/*',
      'application/json',
      'application/json, text/html',
      'text/html, application/json',
      'text/html;q=0.5, application/json',
      'text/html;q=0, */*',
      'application/*, text/html;q=0.9',
      'text/html;q=nonsense',
      'text/plain',
      'not a type',
    ]) expect([accept, prefersHtml(accept)]).toEqual([accept, false]);
  });

  it('reads a header sent more than once', () => {
    expect(prefersHtml(['application/json;q=0.1', 'text/html'])).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('王* 电动自行车')).toBe('王* 电动自行车');
  });
});
