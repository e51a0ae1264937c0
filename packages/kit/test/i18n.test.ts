import { GraphQLError } from 'graphql';
import {
  AppError,
  ErrorCode,
  LOCALIZED_EXTENSION,
  GENERIC_MESSAGE,
  badUserInput,
  conflict,
  decodeCursor,
  localizeError,
  localizeResponseText,
  metricsPeriod,
  notFound,
  optionalText,
  pageSize,
  preferredLanguage,
  requireDistrictCode,
  requireDistrictMetrics,
  requireIntInRange,
  requireManager,
  requireNumberInRange,
  requireOneOf,
  requireText,
  requireWorkerReadable,
  targetWorker,
  unavailableMessage,
  validatePoint,
  withChinese,
  type Language,
  type Principal,
} from '../src';

/** What a caller of `language` reads of the error `fn` throws: message and extensions, as the gateway sends them. */
function read(fn: () => unknown, language: Language): { message: string; extensions: Record<string, unknown> } {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    const { message, extensions } = localizeError({ message: err.message, extensions: { ...err.extensions } }, language);
    return { message, extensions: extensions! };
  }
  throw new Error('expected a refusal');
}
const throws = (error: Error) => {
  throw error;
};
const zh = (fn: () => unknown) => read(fn, 'zh');
const en = (fn: () => unknown) => read(fn, 'en');

describe('the language a caller prefers (Accept-Language)', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['ZH-cn', 'zh'],
    ['zh-TW', 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['en;q=0.5, zh;q=0.6', 'zh'],
    ['zh;q=0.5, en;q=0.6', 'en'],
    ['en, zh', 'en'],
    ['zh, en', 'zh'],
    ['zh;q=0.7, en;q=0.7', 'zh'],
    ['zh;q=0, en', 'en'],
    ['zh;q=0', 'en'],
    ['zh;q=0.000', 'en'],
    ['ja, zh;q=0.3', 'zh'],
    ['ja, fr;q=0.9', 'en'],
    ['*', 'en'],
    ['*, zh;q=0.1', 'zh'],
    ['zh;q=2, en;q=0.1', 'en'], // a quality above 1 is malformed: that range is skipped
    ['zh;q=abc', 'en'],
    ['  zh-cn ; q = 0.9 ', 'zh'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%p → %s', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });

  it('reads a header sent several times as one list', () => {
    expect(preferredLanguage(['en;q=0.2', 'zh-CN;q=0.8'])).toBe('zh');
  });
});

describe("the kit's checks refuse in both languages, exactly", () => {
  it('names the field as the schema spells it, in 「」', () => {
    expect(zh(() => requireText('input.name', 'x'.repeat(101), { max: 100 }))).toEqual({
      message: '「input.name」最多100个字符，收到101个',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
    expect(en(() => requireText('input.name', 'x'.repeat(101), { max: 100 }))).toEqual({
      message: 'input.name must be at most 100 characters, got 101',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
  });

  it.each([
    [() => requireText('input.title', '  ', { max: 10 }), '「input.title」不能为空', 'input.title must not be empty'],
    [() => requireText('code', '🚲🚲', { min: 3, max: 10 }), '「code」至少须有3个字符，收到2个', 'code must be at least 3 characters, got 2'],
    [() => optionalText('note', '一二三四五', { max: 4 }), '「note」最多4个字符，收到5个', 'note must be at most 4 characters, got 5'],
    [() => requireIntInRange('capacity', 0, 1, 500), '「capacity」须为1至500之间的整数，收到0', 'capacity must be an integer from 1 to 500, got 0'],
    [() => requireNumberInRange('radiusKm', 51.5, 0, 50), '「radiusKm」须为0至50之间的数，收到51.5', 'radiusKm must be a number from 0 to 50, got 51.5'],
    [() => requireDistrictCode('districtCode', '11010'), '「districtCode」须为六位GB/T 2260行政区划代码，收到"11010"', 'districtCode must be a six-digit GB/T 2260 code, got "11010"'],
    [() => requireOneOf('kind', 'HOTEL', ['STATION', 'RIDER_HOME'] as const), '「kind」须为STATION、RIDER_HOME之一，收到"HOTEL"', 'kind must be one of STATION, RIDER_HOME, got "HOTEL"'],
  ])('refusal %#', (fn, chinese, english) => {
    expect(zh(fn).message).toBe(chinese);
    expect(en(fn).message).toBe(english);
    // The same code and extensions in both languages; the carrier never reaches a caller.
    expect(zh(fn).extensions).toEqual(en(fn).extensions);
    expect(zh(fn).extensions).not.toHaveProperty(LOCALIZED_EXTENSION);
    expect(zh(fn).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe("the kit's own fixed messages have exact Chinese", () => {
  const partner: Principal = { role: 'partner', keyId: 'mt', platform: 'MEITUAN' };
  const chaoyangOperator: Principal = { role: 'operator', keyId: 'op', domain: 'union', districts: ['110105'] };
  const dashboard: Principal = { role: 'dashboard', keyId: 'd', districts: ['110105'] };
  it.each([
    [() => pageSize(500), '「first」须为0至100之间的整数，收到500'],
    [() => decodeCursor('bm9wZQ'), '「after」不是本接口返回的游标'],
    [
      () => metricsPeriod(new Date('2026-03-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'), new Date()),
      '「from」（2026-03-01T00:00:00.000Z）不得晚于「to」（2026-02-01T00:00:00.000Z）',
    ],
    [() => validatePoint({ lat: 91, lng: 116 }, 'near'), '「near.lat」须在-90至90之间，收到91'],
    [() => validatePoint({ lat: 39.9, lng: 181 }), '「location.lng」须在-180至180之间，收到181'],
    [() => requireManager(chaoyangOperator, 'union', '110108'), '此运营方密钥仅限地区110105，110108不在其内'],
    [() => requireManager(partner, 'training'), '只有管理员和培训运营方可以执行此操作'],
    [() => requireWorkerReadable(partner, 'union', 'w1'), '合作平台只能读取其所代理的劳动者（X-Acting-Worker）的数据'],
    [() => requireWorkerReadable(dashboard, 'union', 'w1'), '此角色不能读取劳动者的个人数据'],
    [() => targetWorker(partner, 'governance', null), '请代劳动者操作：在X-Acting-Worker中发送该劳动者在贵平台的账号'],
    [() => targetWorker({ ...partner, workerId: 'w1' }, 'governance', 'w2'), '合作平台只能代X-Acting-Worker所指的劳动者操作'],
    [() => targetWorker({ role: 'admin', keyId: 'a' }, 'governance', null), '「workerId」为必填项'],
    [() => targetWorker(dashboard, 'stations', null), '只有代劳动者操作的合作平台、驿站运营方和管理员可以执行此操作'],
    [() => requireDistrictMetrics(dashboard, 'union', '110108'), '此密钥不能读取行政区110108的指标'],
    [() => requireDistrictMetrics(partner, 'union', '110108'), '区县指标仅供看板、运营方和管理员读取'],
  ])('message %#', (fn, chinese) => {
    const answer = zh(fn);
    expect(answer.message).toBe(chinese);
    expect(answer.extensions).not.toHaveProperty('detail');
  });

  it('says which domain is unavailable, and that the caller may try again', () => {
    const error = { message: unavailableMessage('training'), extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'training' } };
    expect(localizeError(error, 'zh')).toEqual({ ...error, message: '培训服务暂时不可用，请稍后重试' });
    expect(localizeError({ ...error, message: unavailableMessage() }, 'zh').message).toBe('服务暂时不可用，请稍后重试');
    expect(localizeError({ message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, 'zh').message).toBe('服务器内部错误');
  });
});

describe('a message thrown in English only', () => {
  it('reaches a Chinese caller as the sentence for its code, with the English kept in extensions.detail', () => {
    const error = conflict('the course is full');
    expect(localizeError({ message: error.message, path: ['enroll'], extensions: { ...error.extensions } }, 'zh')).toEqual({
      message: '当前状态下无法进行此项更改，请重新读取后再决定',
      path: ['enroll'],
      extensions: { code: 'CONFLICT', detail: 'the course is full' },
    });
    expect(zh(() => throws(badUserInput('startsAt must be in the future', { field: 'input.startsAt' })))).toEqual({
      message: '「input.startsAt」的值不符合要求',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.startsAt', detail: 'startsAt must be in the future' },
    });
    expect(en(() => throws(badUserInput('startsAt must be in the future', { field: 'input.startsAt' })))).toEqual({
      message: 'startsAt must be in the future',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.startsAt' },
    });
  });

  it('can opt in to an exact translation: the factories take the Chinese last', () => {
    expect(zh(() => throws(notFound('no station s-9', '没有驿站s-9')))).toEqual({ message: '没有驿站s-9', extensions: { code: 'NOT_FOUND' } });
    expect(en(() => throws(notFound('no station s-9', '没有驿站s-9')))).toEqual({ message: 'no station s-9', extensions: { code: 'NOT_FOUND' } });
    const unauthenticated = new AppError(ErrorCode.UNAUTHENTICATED, 'unknown API key', undefined, '未知的API密钥');
    // The HTTP status the code asks for is kept beside the carrier.
    expect(unauthenticated.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 }, [LOCALIZED_EXTENSION]: { zh: '未知的API密钥' } });
    const handMade = new GraphQLError('too many', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3, ...withChinese('太多了') } });
    expect(localizeError({ message: handMade.message, extensions: { ...handMade.extensions } }, 'zh')).toEqual({
      message: '太多了',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 },
    });
  });

  it('leaves errors without extensions and unknown codes readable', () => {
    expect(localizeError({ message: 'odd' }, 'zh')).toEqual({ message: '请求未能完成', extensions: { detail: 'odd' } });
    expect(localizeError({ message: 'odd' }, 'en')).toEqual({ message: 'odd' });
  });
});

describe('a whole answer', () => {
  const body = {
    data: { stations: { totalCount: 14 }, enroll: null },
    errors: [
      { message: 'the course is full', path: ['enroll'], extensions: { code: 'CONFLICT', [LOCALIZED_EXTENSION]: { zh: '课程已满' } } },
      { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ],
    extensions: { cost: { requested: 3, limit: 5000 } },
  };
  const text = JSON.stringify(body);

  it('is localized error by error; data and extensions stand', () => {
    expect(JSON.parse(localizeResponseText(text, 'zh'))).toEqual({
      ...body,
      errors: [
        { message: '课程已满', path: ['enroll'], extensions: { code: 'CONFLICT' } },
        { message: '请求的GraphQL文档与本接口的定义不符', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', detail: 'Cannot query field "x" on type "Query".' } },
      ],
    });
    expect(JSON.parse(localizeResponseText(text, 'en'))).toEqual({
      ...body,
      errors: [{ message: 'the course is full', path: ['enroll'], extensions: { code: 'CONFLICT' } }, body.errors[1]],
    });
  });

  it('comes back as it is when there is nothing to change', () => {
    const plain = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] });
    expect(localizeResponseText(plain, 'en')).toBe(plain);
    expect(localizeResponseText('{"data":{"a":1}}', 'zh')).toBe('{"data":{"a":1}}');
    expect(localizeResponseText('<html>"errors"</html>', 'zh')).toBe('<html>"errors"</html>');
  });
});
