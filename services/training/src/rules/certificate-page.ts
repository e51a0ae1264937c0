import { beijingDay, type Language } from '@nef/kit/rules';

/**
 * The certificate check as a person reads it: the page a phone shows after scanning a
 * certificate's QR code. Self-contained (inline CSS, no scripts, nothing fetched), in Chinese
 * or English, every value HTML-escaped. Shows what the JSON check shows a stranger, minus the
 * machine fields: number, status (with the reason and date of a revocation), masked name,
 * course, issue date (Beijing dates).
 */

/** What the page shows of a certificate: a subset of `CertificateVerification`. */
export interface CertificatePageView {
  number: string;
  courseTitle: string;
  issuedAt: Date;
  holderName: string;
  status: 'VALID' | 'REVOKED';
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** The page's own Content-Security-Policy: nothing but its inline styles, and its form to this URL. */
export const CERTIFICATE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The most of a typed number a page repeats back (a certificate number is 20 characters). */
const MAX_ECHOED_NUMBER = 40;

/**
 * Whether an `Accept` header prefers an HTML page to JSON: text/html has a higher quality than
 * application/json, each taking the quality of its most specific range (`text/html` over
 * `text/*` over `*\/*`; RFC 9110). A browser's `text/html,...,*\/*;q=0.8` prefers HTML; no
 * header, `*\/*`, `application/json`, or a tie is JSON. A range with a malformed quality is
 * skipped; `q=0` means "not this one".
 */
export function prefersHtml(accept: string | readonly string[] | null | undefined): boolean {
  const text = Array.isArray(accept) ? accept.join(',') : (accept as string | null | undefined);
  if (!text) return false;
  const ranges: { type: string; subtype: string; q: number }[] = [];
  for (const part of text.split(',')) {
    const [rangeText, ...params] = part.split(';');
    const m = /^\s*([^\s/]+)\/([^\s/]+)\s*$/.exec(rangeText!);
    if (!m) continue;
    let q = 1;
    for (const param of params) {
      const qm = /^\s*q\s*=\s*(.*?)\s*$/i.exec(param);
      if (qm) q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(qm[1]!) ? Number(qm[1]) : NaN;
    }
    if (Number.isNaN(q)) continue;
    ranges.push({ type: m[1]!.toLowerCase(), subtype: m[2]!.toLowerCase(), q });
  }
  const qualityOf = (type: string, subtype: string): number => {
    let best: { specificity: number; q: number } | undefined;
    for (const r of ranges) {
      const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1;
      if (specificity < 0) continue;
      if (!best || specificity > best.specificity) best = { specificity, q: r.q };
    }
    return best?.q ?? 0;
  };
  return qualityOf('text', 'html') > qualityOf('application', 'json');
}

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const TEXT = {
  zh: {
    title: '结业证书核验',
    number: '证书编号',
    status: '状态',
    valid: '有效',
    revoked: '已撤销',
    revokedNotice: '此证书已被撤销，不再有效。',
    validNotice: '此证书真实有效。',
    revokedAt: '撤销日期',
    revokedReason: '撤销原因',
    holder: '持证人',
    course: '课程',
    issuedAt: '发证日期',
    privacy: '为保护隐私，持证人姓名已部分隐去。',
    withdrawnTitle: '证书信息已不可查询',
    withdrawn: (n: string) => `编号为 ${n} 的证书信息已不再提供查询。`,
    notFoundTitle: '未找到证书',
    notFound: (n: string) => `没有编号为 ${n} 的证书。请核对编号（格式：TRN- 加16位字母数字）。`,
    missingTitle: '请输入证书编号',
    missing: '请输入证书上印的编号，或扫描证书上的二维码。',
    field: '证书编号',
    submit: '核验',
  },
  en: {
    title: 'Certificate check',
    number: 'Certificate number',
    status: 'Status',
    valid: 'Valid',
    revoked: 'Revoked',
    revokedNotice: 'This certificate has been revoked and is no longer valid.',
    validNotice: 'This certificate is genuine and valid.',
    revokedAt: 'Revoked on',
    revokedReason: 'Reason',
    holder: 'Holder',
    course: 'Course',
    issuedAt: 'Issued on',
    privacy: 'For privacy, the holder’s name is partly hidden.',
    withdrawnTitle: 'Certificate no longer available',
    withdrawn: (n: string) => `The certificate numbered ${n} is no longer available for checking.`,
    notFoundTitle: 'No such certificate',
    notFound: (n: string) => `No certificate has the number ${n}. Check the number (TRN- and 16 letters or digits).`,
    missingTitle: 'Enter a certificate number',
    missing: 'Enter the number printed on the certificate, or scan its QR code.',
    field: 'Certificate number',
    submit: 'Check',
  },
} satisfies Record<Language, unknown>;

const STYLE = `
body{margin:0;background:#f4f5f7;color:#1f2328;font:16px/1.5 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
main{max-width:32rem;margin:0 auto;padding:1.25rem 1rem}
h1{font-size:1.35rem;margin:0 0 1rem}
.card{background:#fff;border-radius:.75rem;padding:1rem 1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.status{border-radius:.5rem;padding:.75rem 1rem;margin-bottom:1rem;font-weight:600}
.status strong{font-size:1.25rem;display:block}
.valid{background:#e6f4ea;color:#0d652d;border:2px solid #34a853}
.revoked{background:#fce8e6;color:#a50e0e;border:2px solid #d93025}
dl{margin:0}
dt{color:#57606a;font-size:.875rem;margin-top:.75rem}
dd{margin:0;font-size:1.05rem;word-break:break-all}
.note{color:#57606a;font-size:.8rem;margin-top:1rem}
form{margin-top:1rem;display:flex;gap:.5rem;flex-wrap:wrap}
input{flex:1;min-width:12rem;font:inherit;padding:.5rem;border:1px solid #8c959f;border-radius:.375rem}
button{font:inherit;padding:.5rem 1rem;border:0;border-radius:.375rem;background:#0969da;color:#fff}
`.trim();

function layout(language: Language, heading: string, body: string): string {
  const t = TEXT[language];
  return `<!DOCTYPE html>
<html lang="${language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(heading === t.title ? t.title : `${heading} · ${t.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function row(label: string, value: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
}

/** The page for a certificate that exists, valid or revoked. */
export function certificatePage(view: CertificatePageView, language: Language): string {
  const t = TEXT[language];
  const revoked = view.status === 'REVOKED';
  const status = revoked
    ? `<div class="status revoked" role="alert"><strong>${escapeHtml(t.revoked)}</strong>${escapeHtml(t.revokedNotice)}</div>`
    : `<div class="status valid"><strong>${escapeHtml(t.valid)}</strong>${escapeHtml(t.validNotice)}</div>`;
  const rows = [
    row(t.number, view.number),
    row(t.status, revoked ? t.revoked : t.valid),
    ...(revoked && view.revokedAt ? [row(t.revokedAt, beijingDay(view.revokedAt))] : []),
    ...(revoked && view.revokedReason ? [row(t.revokedReason, view.revokedReason)] : []),
    row(t.holder, view.holderName),
    row(t.course, view.courseTitle),
    row(t.issuedAt, beijingDay(view.issuedAt)),
  ];
  return layout(language, t.title, `<div class="card">${status}<dl>${rows.join('')}</dl><p class="note">${escapeHtml(t.privacy)}</p></div>`);
}

/** A typed number as a page repeats it back: as the check reads it, cut short. */
function echoed(typed: string): string {
  const shown = [...typed.trim().toUpperCase()];
  return shown.length > MAX_ECHOED_NUMBER ? `${shown.slice(0, MAX_ECHOED_NUMBER).join('')}…` : shown.join('');
}

/**
 * The page for a certificate that was issued but is no longer available (its holder closed
 * their account): it says so, and shows nothing else of it.
 */
export function certificateWithdrawnPage(typed: string, language: Language): string {
  const t = TEXT[language];
  return layout(language, t.withdrawnTitle, `<div class="card"><div class="status revoked"><strong>${escapeHtml(t.withdrawnTitle)}</strong>${escapeHtml(t.withdrawn(echoed(typed)))}</div>${numberForm(language)}</div>`);
}

/** The page for a number that names no certificate (`typed` as the caller gave it, cut short). */
export function certificateNotFoundPage(typed: string, language: Language): string {
  const t = TEXT[language];
  const number = echoed(typed);
  return layout(language, t.notFoundTitle, `<div class="card"><div class="status revoked"><strong>${escapeHtml(t.notFoundTitle)}</strong>${escapeHtml(t.notFound(number))}</div>${numberForm(language)}</div>`);
}

/** The page for a request without a number: a form to type one. */
export function certificateMissingNumberPage(language: Language): string {
  const t = TEXT[language];
  return layout(language, t.missingTitle, `<div class="card"><p><strong>${escapeHtml(t.missingTitle)}</strong></p><p>${escapeHtml(t.missing)}</p>${numberForm(language)}</div>`);
}

/** A GET form back to this same URL with `?number=` (no script: the browser submits it). */
function numberForm(language: Language): string {
  const t = TEXT[language];
  return `<form method="get"><input name="number" aria-label="${escapeHtml(t.field)}" placeholder="TRN-" maxlength="32" autocapitalize="characters" autocomplete="off" required><button type="submit">${escapeHtml(t.submit)}</button></form>`;
}
