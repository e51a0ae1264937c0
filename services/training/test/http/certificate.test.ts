import { beijingDay } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { COMPLETE, courseWithSessions, enroll, newId, RECORD_ATTENDANCE, trainingOperator } from '../support';
import { service } from '../../src/server';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

/** What Chrome and Safari send when a phone opens the QR code's link. */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const ZH = 'zh-CN,zh;q=0.9,en;q=0.8';
const EN = 'en-US,en;q=0.9';

/** A completed learner of a certifying course with this title; the certificate number. */
async function certified(title: string, name = '王强'): Promise<string> {
  const { courseId, sessions } = await courseWithSessions(sg, { title, certificateName: '结业证书', requiredSessions: 2 });
  const e = await enroll(sg, courseId, newId());
  for (const s of sessions) await sg.query(RECORD_ATTENDANCE, { enrollmentId: e.id, sessionId: s }, trainingOperator);
  return dataOf(await sg.query(COMPLETE, { id: e.id, holderName: name }, trainingOperator)).completeEnrollment.certificateNo;
}

const page = (query: string, headers: Record<string, string> = {}) => fetch(`${sg.url.replace(/\/graphql$/, '')}/certificate${query}`, { headers });

describe('GET /certificate: a page for a browser, JSON for everyone else', () => {
  it('answers JSON without Accept, to */* and to application/json, and a page when Accept prefers text/html', async () => {
    const number = await certified('电动自行车安全骑行');
    for (const accept of [undefined, '*/*', 'application/json', 'application/json, text/html', 'text/html;q=0.5, application/json']) {
      const res = await page(`?number=${number}`, accept ? { accept } : {});
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('vary')).toBe('Accept, Accept-Language');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toMatchObject({ number, status: 'VALID', holderName: '王*' });
    }
    for (const accept of [BROWSER, 'text/html', 'text/*, application/json;q=0.9']) {
      const res = await page(`?number=${number}`, { accept });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('vary')).toBe('Accept, Accept-Language');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      const html = await res.text();
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toContain('<meta name="viewport"');
      // Self-contained: no scripts, nothing loaded from elsewhere.
      expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//i);
      expect(html).toContain(number);
      expect(html).toContain('王*');
      expect(html).not.toContain('王强');
    }
  });

  it('shows the page in Chinese or English by Accept-Language, with Beijing dates', async () => {
    const number = await certified('电动自行车安全骑行', '李娜');
    const zh = await page(`?number=${number.toLowerCase()}`, { accept: BROWSER, 'accept-language': ZH });
    expect(zh.headers.get('content-language')).toBe('zh-CN');
    const zhHtml = await zh.text();
    expect(zhHtml).toContain('<html lang="zh-CN">');
    expect(zhHtml).toContain('<title>结业证书核验</title>');
    expect(zhHtml).toMatch(/<strong>有效<\/strong>/);
    expect(zhHtml).toContain('<dt>持证人</dt><dd>李*</dd>');
    expect(zhHtml).toContain('<dt>课程</dt><dd>电动自行车安全骑行</dd>');
    expect(zhHtml).toContain(`<dt>发证日期</dt><dd>${beijingDay(new Date())}</dd>`);
    expect(zhHtml).not.toContain('已撤销');

    for (const headers of [{ accept: BROWSER, 'accept-language': EN }, { accept: BROWSER }] as Record<string, string>[]) {
      const en = await page(`?number=${number}`, headers);
      expect(en.headers.get('content-language')).toBe('en');
      const enHtml = await en.text();
      expect(enHtml).toContain('<html lang="en">');
      expect(enHtml).toContain('<title>Certificate check</title>');
      expect(enHtml).toMatch(/<strong>Valid<\/strong>/);
      expect(enHtml).toContain(`<dt>Issued on</dt><dd>${beijingDay(new Date())}</dd>`);
      expect(enHtml).not.toMatch(/结业证书核验|持证人|发证日期/);
    }
  });

  it('escapes every value: a course titled with a script shows the text, not a script', async () => {
    const title = `<script>alert("证书")</script> & 'x'`;
    const number = await certified(title);
    const html = await (await page(`?number=${number}`, { accept: BROWSER })).text();
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;证书&quot;)&lt;/script&gt; &amp; &#39;x&#39;');
    // JSON is unchanged: the title as stored.
    expect((await (await page(`?number=${number}`)).json()).courseTitle).toBe(title);
    // A typed number is repeated on the 404 page escaped, and cut short.
    const typed = `<b onmouseover="x">${'A'.repeat(100)}`;
    const missing = await (await page(`?number=${encodeURIComponent(typed)}`, { accept: BROWSER })).text();
    expect(missing).not.toContain('<B');
    expect(missing).toContain(`&lt;B ONMOUSEOVER=&quot;X&quot;&gt;${'A'.repeat(21)}…`);
    expect(missing).not.toContain('A'.repeat(22));
  });

  it('marks a revoked certificate clearly, with the reason and the date', async () => {
    const number = await certified('夜间骑行防护');
    const revoked = dataOf(
      await sg.query(
        `mutation($n: String!, $r: String!) { revokeCertificate(number: $n, reason: $r) { revokedAt } }`,
        { n: number, r: '考勤记录有误 <已核实>' },
        trainingOperator,
      ),
    ).revokeCertificate;
    const day = beijingDay(new Date(revoked.revokedAt));
    const zh = await (await page(`?number=${number}`, { accept: BROWSER, 'accept-language': ZH })).text();
    expect(zh).toContain('<div class="status revoked" role="alert"><strong>已撤销</strong>此证书已被撤销，不再有效。</div>');
    expect(zh).toContain('<dt>撤销原因</dt><dd>考勤记录有误 &lt;已核实&gt;</dd>');
    expect(zh).toContain(`<dt>撤销日期</dt><dd>${day}</dd>`);
    expect(zh).not.toMatch(/<strong>有效<\/strong>/);
    const en = await (await page(`?number=${number}`, { accept: BROWSER, 'accept-language': EN })).text();
    expect(en).toMatch(/<strong>Revoked<\/strong>This certificate has been revoked/);
    expect(en).toContain('<dt>Reason</dt><dd>考勤记录有误 &lt;已核实&gt;</dd>');
    expect(en).toContain(`<dt>Revoked on</dt><dd>${day}</dd>`);
    // JSON as before.
    expect(await (await page(`?number=${number}`, { accept: 'application/json' })).json()).toMatchObject({
      status: 'REVOKED',
      revokedReason: '考勤记录有误 <已核实>',
      revokedAt: revoked.revokedAt,
    });
  });

  it('answers 404 and 400 with a page to a browser and JSON to others, and 405 to other methods', async () => {
    const unknown = await page('?number=TRN-NOSUCHNUMBER0000', { accept: BROWSER, 'accept-language': ZH });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(unknown.headers.get('vary')).toBe('Accept, Accept-Language');
    const unknownHtml = await unknown.text();
    expect(unknownHtml).toContain('未找到证书');
    expect(unknownHtml).toContain('TRN-NOSUCHNUMBER0000');
    expect(unknownHtml).toContain('<form method="get"><input name="number"');
    const unknownJson = await page('?number=trn-nosuchnumber0000');
    expect(unknownJson.status).toBe(404);
    expect(await unknownJson.json()).toEqual({ error: 'no such certificate', number: 'TRN-NOSUCHNUMBER0000' });

    for (const q of ['', '?number=%20']) {
      const none = await page(q, { accept: BROWSER, 'accept-language': EN });
      expect(none.status).toBe(400);
      expect(none.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await none.text()).toContain('Enter a certificate number');
      const noneJson = await page(q, { accept: '*/*' });
      expect(noneJson.status).toBe(400);
      expect((await noneJson.json()).error).toMatch(/certificate number/);
    }

    const base = `${sg.url.replace(/\/graphql$/, '')}/certificate`;
    const head = await fetch(`${base}?number=TRN-NOSUCHNUMBER0000`, { method: 'HEAD', headers: { accept: BROWSER } });
    expect(head.status).toBe(404);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
    const post = await fetch(`${base}?number=x`, { method: 'POST', headers: { accept: BROWSER } });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
