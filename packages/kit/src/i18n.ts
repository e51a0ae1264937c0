/**
 * The languages of error messages: English by default, Simplified Chinese for a caller whose
 * `Accept-Language` prefers Chinese. Only `message` changes with the language; `extensions.code`
 * and every other extension stay as they are (a Chinese answer without an exact translation
 * adds `extensions.detail`, the English original).
 *
 * An error made here or in a service carries its Chinese text beside the English one, in the
 * extension `localizedMessages: { zh }` (the error factories' optional last argument, or
 * `withChinese` for a GraphQLError built by hand). Errors travel from the subgraphs to the
 * gateway in both languages, and the gateway picks one for each caller as the answer leaves
 * (`localizeError`), removing the carrier whatever the language: a subgraph's answer, and
 * anything the gateway keeps of it, is the same for every caller.
 *
 * Messages without a Chinese text get an exact one when they are one of the kit's own fixed
 * messages (the catalog below); any other reaches a Chinese caller as a sentence for its code
 * (naming `extensions.field` when there is one), with the English kept in `extensions.detail`.
 *
 * No I/O: this file is part of `@nef/kit/rules`.
 */

export type Language = 'en' | 'zh';

export const DEFAULT_LANGUAGE: Language = 'en';

/** The extension that carries an error's Chinese text from where it is made to the gateway. */
export const LOCALIZED_EXTENSION = 'localizedMessages';

/** Where a Chinese answer without an exact translation keeps the English original. */
export const DETAIL_EXTENSION = 'detail';

/** The response header that says the answer depends on the caller's language. */
export const LANGUAGE_HEADER = 'accept-language';

/** Extensions to spread into a GraphQLError's: its Chinese text, for the gateway to pick. */
export function withChinese(zh: string): Record<string, { zh: string }> {
  return { [LOCALIZED_EXTENSION]: { zh } };
}

/**
 * The language an `Accept-Language` header prefers: `zh` when a Chinese range (`zh`, `zh-CN`,
 * `zh-Hans`, and also `zh-TW`, `zh-Hant`: Simplified reads better for them than English) has a
 * higher quality than every English one, English otherwise. Ranges are read as RFC 9110 says:
 * comma separated, `;q=` from 0 to 1 (1 when absent), `q=0` meaning "not this one", case
 * insensitive; a range with a malformed quality is skipped. Between equal qualities the first
 * listed wins. `*` and languages we do not have count for nothing: the default, English, serves
 * them. A missing or empty header is English.
 */
export function preferredLanguage(header: string | readonly string[] | null | undefined): Language {
  const text = Array.isArray(header) ? header.join(',') : (header as string | null | undefined);
  if (!text) return DEFAULT_LANGUAGE;
  let best: { language: Language; q: number } | undefined;
  for (const part of text.split(',')) {
    const [rangeText, ...params] = part.split(';');
    const range = rangeText!.trim().toLowerCase();
    if (!range) continue;
    let q = 1;
    let malformed = false;
    for (const param of params) {
      const m = /^\s*q\s*=\s*(.*?)\s*$/i.exec(param);
      if (!m) continue;
      q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(m[1]!) ? Number(m[1]) : NaN;
      if (Number.isNaN(q)) malformed = true;
    }
    if (malformed || q <= 0) continue;
    const language = languageOfRange(range);
    if (!language) continue;
    if (!best || q > best.q) best = { language, q };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

function languageOfRange(range: string): Language | undefined {
  if (range === 'zh' || range.startsWith('zh-')) return 'zh';
  if (range === 'en' || range.startsWith('en-')) return 'en';
  return undefined;
}

/** The four domains in Chinese, as the API's users call them. */
const DOMAIN_ZH: Record<string, string> = {
  stations: '驿站',
  union: '工会',
  training: '培训',
  governance: '基层治理',
};

/** A domain's name in Chinese (an unknown one as it is). */
export function domainInChinese(domain: string): string {
  return DOMAIN_ZH[domain] ?? domain;
}

/** What a caller reads in Chinese when a service, or its database, cannot answer (`unavailableMessage` in English). */
export function unavailableMessageZh(service?: string): string {
  return `${service ? `${domainInChinese(service)}服务` : '服务'}暂时不可用，请稍后重试`;
}

/** A field's name as the schema spells it, quoted the Chinese way: 「input.name」. */
export const quoteField = (field: string) => `「${field}」`;

/**
 * The sentence a Chinese caller reads for an error that has no Chinese text of its own: what
 * the code means, naming the field when the error names one.
 */
export function chineseForCode(code: unknown, extensions: Record<string, unknown> = {}): string {
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  switch (code) {
    case 'BAD_USER_INPUT':
      return field ? `${quoteField(field)}的值不符合要求` : '请求中的值不符合要求';
    case 'GRAPHQL_PARSE_FAILED':
      return '请求的GraphQL文档无法解析';
    case 'GRAPHQL_VALIDATION_FAILED':
      return '请求的GraphQL文档与本接口的定义不符';
    case 'OPERATION_RESOLUTION_FAILURE':
      return '无法确定要执行文档中的哪个操作（operationName）';
    case 'OPERATION_LIMIT_EXCEEDED':
      return '操作超出了本接口的限制';
    case 'BAD_REQUEST':
      return 'HTTP请求无效';
    case 'UNAUTHENTICATED':
      return '身份验证失败：API密钥缺失、格式错误或无效';
    case 'FORBIDDEN':
      return '无权执行此操作';
    case 'NOT_FOUND':
      return '所指的对象不存在';
    case 'CONFLICT':
      return '当前状态下无法进行此项更改，请重新读取后再决定';
    case 'RATE_LIMITED':
      return '请求过于频繁，已超出本分钟的额度';
    case 'PERSISTED_QUERY_NOT_FOUND':
      return '未找到该持久化操作，请发送完整的查询文本';
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
      return '此处不接受持久化查询，请发送完整的查询文本';
    case 'OPERATION_NOT_TRUSTED':
      return '此操作不在该API密钥已发布的操作清单中';
    case 'SERVICE_UNAVAILABLE':
      return unavailableMessageZh(typeof extensions.service === 'string' ? extensions.service : undefined);
    case 'INTERNAL_SERVER_ERROR':
      return '服务器内部错误';
    default:
      return '请求未能完成';
  }
}

type Translation = [RegExp, (...groups: string[]) => string];

/**
 * Exact Chinese for the fixed messages the kit makes where no Chinese text is passed (its HTTP
 * handler, authorization, pagination, periods, coordinates, the subgraph's own refusals). Each
 * is tested against the English the kit really produces, so a reworded message fails a test
 * rather than silently falling back to the per-code sentence.
 */
const CATALOG: Translation[] = [
  [/^Internal server error$/, () => '服务器内部错误'],
  [/^the (?:(\S+) )?service is unavailable; try again shortly$/, (service) => unavailableMessageZh(service || undefined)],
  [/^request body larger than (\d+) bytes$/, (n) => `请求体超过${n}字节`],
  [/^request body nests deeper than (\d+) levels$/, (n) => `请求体的嵌套超过${n}层`],
  [/^request body is not valid JSON$/, () => '请求体不是有效的JSON'],
  [/^request body too large$/, () => '请求体过大'],
  [/^requests must come through the gateway$/, () => '请求须经由网关发出'],
  [/^PersistedQueryNotFound$/, () => '未找到该持久化操作（PersistedQueryNotFound）'],
  [/^PersistedQueryNotSupported$/, () => '此处不接受持久化查询（PersistedQueryNotSupported），请发送完整的查询文本'],
  [/^first must be an integer from 0 to (\d+), got (.*)$/s, (max, got) => `${quoteField('first')}须为0至${max}之间的整数，收到${got}`],
  [/^after is not a cursor this API returned$/, () => `${quoteField('after')}不是本接口返回的游标`],
  [/^from \((.*)\) must not be after to \((.*)\)$/s, (from, to) => `${quoteField('from')}（${from}）不得晚于${quoteField('to')}（${to}）`],
  [/^(.+)\.(lat|lng) must be between (-?\d+) and (\d+), got (.*)$/s, (field, axis, min, max, got) => `${quoteField(`${field}.${axis}`)}须在${min}至${max}之间，收到${got}`],
  [/^only admins read the audit log$/, () => '只有管理员可以读取审计日志'],
  [/^only admins and (\S+) operators may do this$/, (d) => `只有管理员和${domainInChinese(d)}运营方可以执行此操作`],
  [/^partners may read only the worker they act for \(X-Acting-Worker\)$/, () => '合作平台只能读取其所代理的劳动者（X-Acting-Worker）的数据'],
  [/^this role may not read a worker's personal data$/, () => '此角色不能读取劳动者的个人数据'],
  [/^act for a worker: send X-Acting-Worker with the worker’s account id on your platform$/, () => '请代劳动者操作：在X-Acting-Worker中发送该劳动者在贵平台的账号'],
  [/^partners may act only for the worker named in X-Acting-Worker$/, () => '合作平台只能代X-Acting-Worker所指的劳动者操作'],
  [/^workerId is required$/, () => `${quoteField('workerId')}为必填项`],
  [/^only partners acting for a worker, (\S+) operators and admins may do this$/, (d) => `只有代劳动者操作的合作平台、${domainInChinese(d)}运营方和管理员可以执行此操作`],
  [/^this key may not read metrics of district (.*)$/s, (d) => `此密钥不能读取行政区${d}的指标`],
  [/^district metrics are for dashboards, operators and admins$/, () => '区县指标仅供看板、运营方和管理员读取'],
];

/** The catalog's exact Chinese for a kit message, or undefined when it holds none. */
export function catalogChinese(message: string): string | undefined {
  for (const [pattern, translate] of CATALOG) {
    const m = pattern.exec(message);
    if (m) return translate(...m.slice(1).map((g) => g ?? ''));
  }
  return undefined;
}

/** The parts of a formatted GraphQL error this file reads and writes. */
export interface LocalizableError {
  message: string;
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * An error as a caller of `language` reads it. English: the message as made. Chinese: the
 * error's own Chinese text, else the catalog's, else the code's sentence with the English in
 * `extensions.detail`. The carrier extension is removed in both languages; nothing else changes.
 */
export function localizeError<E extends LocalizableError>(error: E, language: Language): E {
  const extensions = error.extensions;
  const carried = extensions?.[LOCALIZED_EXTENSION] as { zh?: unknown } | undefined;
  let rest = extensions;
  if (extensions && LOCALIZED_EXTENSION in extensions) {
    const { [LOCALIZED_EXTENSION]: _carrier, ...others } = extensions;
    rest = others;
  }
  const out = { ...error, ...(extensions ? { extensions: rest } : {}) };
  if (language !== 'zh') return out;
  const exact = typeof carried?.zh === 'string' ? carried.zh : catalogChinese(error.message);
  if (exact !== undefined) return { ...out, message: exact };
  return {
    ...out,
    message: chineseForCode(rest?.code, rest),
    extensions: { ...rest, [DETAIL_EXTENSION]: error.message },
  };
}

/**
 * A GraphQL answer's JSON text as a caller of `language` reads it: each error localized, the
 * rest untouched. Text that holds no error, or is not a JSON object, comes back as it is; so
 * does an English answer whose errors carry no Chinese text (nothing to remove).
 */
export function localizeResponseText(text: string, language: Language): string {
  if (!text.includes('"errors"')) return text;
  if (language !== 'zh' && !text.includes(`"${LOCALIZED_EXTENSION}"`)) return text;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return text;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return text;
  const localized = errors.map((e: unknown) =>
    e && typeof e === 'object' && typeof (e as LocalizableError).message === 'string' ? localizeError(e as LocalizableError, language) : e,
  );
  return JSON.stringify({ ...(body as object), errors: localized });
}
