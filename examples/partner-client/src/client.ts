/**
 * A typed client for a partner platform (Meituan, Ele.me, SF Express, Didi...) of the supergraph.
 *
 *   const partner = new PartnerClient({ endpoint, apiKey });
 *   const challenge = await partner.requestWorkerConsent({ ..., platformExternalId: 'mt-123' });
 *   const worker = await partner.confirmWorkerConsent(challenge.id, codeTheWorkerTyped);
 *   const rider = partner.forWorker('mt-123');          // sends X-Acting-Worker: mt-123
 *   const { actingWorker } = await rider.benefits({ lat: 39.93, lng: 116.45 });
 *
 * Every method returns the typed data of its operation (types generated from the supergraph by
 * graphql-codegen, see src/operations/) and throws a PartnerApiError carrying the GraphQL
 * `extensions.code`. `benefits` alone answers in part when a service behind the gateway is
 * down: the parts that service serves come back null, with their errors in `errors`.
 */
import { randomUUID } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';
import { ClientError, GraphQLClient, type RawRequestOptions, type RequestOptions } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PartnerApiError, errorEntries, type ApiErrorEntry, type GraphQLResponseLike } from './errors';
import { persistedQueryFetch, type DocumentMode } from './persisted';
import {
  BenefitsDocument,
  ConfirmWorkerConsentDocument,
  CoursesDocument,
  EnrollDocument,
  JoinUnionDocument,
  RedeemRewardDocument,
  RegisterWorkerDocument,
  RequestWorkerConsentDocument,
  RewardsDocument,
  SubmitReportDocument,
  UnionBranchesDocument,
  WorkerByPlatformAccountDocument,
  type BenefitsQuery,
  type BranchLevel,
  type ConsentScope,
  type CourseFilter,
  type CoursesQuery,
  type EnrollMutation,
  type GeoPointInput,
  type JoinChannel,
  type JoinUnionMutation,
  type RedeemRewardMutation,
  type RegisterWorkerInput,
  type RequestWorkerConsentMutation,
  type RewardsQuery,
  type SubmitReportInput,
  type SubmitReportMutation,
  type UnionBranchesQuery,
  type WorkerSummaryFragment,
} from './generated/graphql';

export { PartnerApiError, type ApiErrorEntry, type ErrorCode, type KnownErrorCode } from './errors';
export { documentId, type DocumentMode } from './persisted';
export type * from './generated/graphql';

// Every root field of the API is nullable (null when its service is unavailable, with an
// error), so the methods below, which throw on any error, return the non-null answer.
export type Worker = WorkerSummaryFragment;
export type PhoneChallenge = NonNullable<RequestWorkerConsentMutation['requestWorkerConsent']>;
export type UnionBranch = NonNullable<UnionBranchesQuery['unionBranches']>[number];
export type Membership = NonNullable<JoinUnionMutation['joinUnion']>;
export type Course = NonNullable<CoursesQuery['courses']>['edges'][number]['node'];
export type Enrollment = NonNullable<EnrollMutation['enroll']>;
export type Report = NonNullable<SubmitReportMutation['submitReport']>;
export type Reward = NonNullable<RewardsQuery['rewards']>[number];
export type Redemption = NonNullable<RedeemRewardMutation['redeemReward']>;

/**
 * The benefits answer, whole or in part. A part whose service could not answer is null (the
 * acting worker's enrolments when training is down, stationsNear when stations is) and its
 * error, with code and path, is in `errors`; the rest is as usual. `errors` is empty when whole.
 */
export type Benefits = BenefitsQuery & { errors: readonly ApiErrorEntry[] };

export interface PartnerClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://api.example.cn/graphql. */
  endpoint: string;
  /** The partner's API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** Abandon a request after this long (it then throws NETWORK_ERROR). Default 15 s. */
  timeoutMs?: number;
  /** Extra headers on every request, e.g. a request id for your own logs. */
  headers?: Record<string, string>;
  /** Another fetch (a proxy agent, a test double). Default: the global fetch. */
  fetch?: typeof fetch;
  /**
   * How operations travel (see persisted.ts): by id, the text only when the gateway does not
   * know the id (`id-then-text`, the default); by id only; or as text.
   */
  documents?: DocumentMode;
}

/** Courses take enrolments while PLANNED, CONFIRMED or RUNNING. */
export const OPEN_COURSE_STATUSES: readonly Course['status'][] = ['PLANNED', 'CONFIRMED', 'RUNNING'];

/**
 * A new idempotency key for submitReport or redeemReward. Make one per intended action, keep it
 * with the action (e.g. in your outbox row) and send the same key on every retry of it: the API
 * then returns the first report or voucher instead of filing or spending twice.
 */
export function newIdempotencyKey(): string {
  return randomUUID();
}

/** The partner itself: registering workers, public catalogues, and acting for a worker. */
export class PartnerClient {
  protected readonly options: PartnerClientOptions;
  private readonly client: GraphQLClient;
  /** The same requests, answering data and errors together instead of throwing on an error. */
  private readonly partialClient: GraphQLClient;

  constructor(options: PartnerClientOptions, actingWorker?: string) {
    this.options = options;
    const config = {
      headers: {
        ...options.headers,
        authorization: `Bearer ${options.apiKey}`,
        ...(actingWorker ? { 'x-acting-worker': actingWorker } : {}),
      },
      // Operations go by id: a production gateway runs only the published ones for a partner's key.
      fetch: persistedQueryFetch(options.fetch ?? ((input, init) => fetch(input, init)), options.documents ?? 'id-then-text'),
    };
    this.client = new GraphQLClient(options.endpoint, config);
    this.partialClient = new GraphQLClient(options.endpoint, { ...config, errorPolicy: 'all' });
  }

  /**
   * A client that acts for one of the partner's workers: every request carries
   * `X-Acting-Worker: <accountId>`, the worker's account on the partner's own platform.
   * The gateway answers FORBIDDEN for an account of another platform, or one it does not know.
   */
  forWorker(accountId: string): WorkerClient {
    return new WorkerClient(this.options, accountId);
  }

  /**
   * Starts registering the holder of an account on the partner's platform
   * (`input.platformExternalId`), with their consent (PIPL): a six-digit code goes to
   * `input.phone`, and nothing is registered or linked until the worker gives it back through
   * your app (confirmWorkerConsent). The answer is the same whether the phone belongs to a
   * registered worker or not. `scopes`: what the worker is asked to allow; ACT_FOR_WORKER is
   * always included, add SHARE_UNION_RECORDS to also read union records made through other
   * platforms. Not idempotent: each call sends a code (RATE_LIMITED, reason CODES_PER_PHONE, for
   * another within a minute); CONFLICT (reason ACCOUNT_ALREADY_LINKED) when the account is linked
   * already: read it with findWorker.
   */
  async requestWorkerConsent(input: RegisterWorkerInput & { platformExternalId: string }, scopes?: readonly ConsentScope[]): Promise<PhoneChallenge> {
    return answered((await this.request(RequestWorkerConsentDocument, { input, scopes: scopes ? [...scopes] : null })).requestWorkerConsent, 'RequestWorkerConsent');
  }

  /**
   * Gives back the code the worker received: links the account to the worker the phone belongs
   * to (their recorded details unchanged), or registers the worker with what requestWorkerConsent
   * sent, and returns them. Refusals carry `PartnerApiError.reason`: CODE_WRONG (BAD_USER_INPUT,
   * `extensions.attemptsLeft`), CODE_ATTEMPTS_EXCEEDED, CODE_EXPIRED (after ten minutes; ask for a
   * new code), CODE_MALFORMED, CODE_USED (CONFLICT: the code worked already, e.g. a retry after a
   * lost answer: read the worker with findWorker), CHALLENGE_NOT_FOUND (NOT_FOUND).
   */
  async confirmWorkerConsent(challengeId: string, code: string): Promise<Worker> {
    return answered((await this.request(ConfirmWorkerConsentDocument, { challengeId, code })).confirmWorkerConsent, 'ConfirmWorkerConsent');
  }

  /**
   * The worker the partner's own account (`platformExternalId`) is linked to already, as it is:
   * idempotent, for a partner that is not sure whether it registered the worker. Anyone else, a
   * new account or a phone known or not, is FORBIDDEN with reason CONSENT_REQUIRED: register
   * them with requestWorkerConsent and confirmWorkerConsent.
   */
  async registerWorker(input: RegisterWorkerInput & { platformExternalId: string }): Promise<Worker> {
    return answered((await this.request(RegisterWorkerDocument, { input })).registerWorker, 'RegisterWorker');
  }

  /** The worker with this account on `platform` (the partner's own), or null. */
  async findWorker(platform: string, externalId: string): Promise<Worker | null> {
    return (await this.request(WorkerByPlatformAccountDocument, { platform, externalId })).workerByPlatformAccount;
  }

  /** Union branches of a district (public), optionally of one level. */
  async unionBranches(district: string, level?: BranchLevel): Promise<UnionBranch[]> {
    return answered((await this.request(UnionBranchesDocument, { district, level: level ?? null })).unionBranches, 'UnionBranches');
  }

  /** Courses (public), at most `first` (0 to 100). */
  async courses(filter: CourseFilter = {}, first = 50): Promise<Course[]> {
    return answered((await this.request(CoursesDocument, { filter, first })).courses, 'Courses').edges.map((e) => e.node);
  }

  /** Courses still taking enrolments, in the district given or citywide (no district). */
  async openCourses(district?: string): Promise<Course[]> {
    const all = await this.courses({}, 100);
    return all.filter(
      (c) => OPEN_COURSE_STATUSES.includes(c.status) && (district === undefined || c.district === null || c.district.code === district),
    );
  }

  /** Active rewards (public), everywhere or at one station, oldest first. */
  async rewards(stationId?: string): Promise<Reward[]> {
    return answered((await this.request(RewardsDocument, { stationId: stationId ?? null })).rewards, 'Rewards');
  }

  /** Sends one typed operation; whatever fails comes out as a PartnerApiError. */
  protected async request<TData, TVariables extends object>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
    const options = {
      document,
      variables,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
    } as unknown as RequestOptions<TVariables, TData>;
    try {
      return await this.client.request<TData, TVariables>(options);
    } catch (err) {
      throw PartnerApiError.from(err, operationName(document));
    }
  }

  /**
   * Sends one typed query and keeps what came back when part of it failed: the data, with the
   * parts that failed null, and the errors. Throws a PartnerApiError when nothing came back
   * (no answer, UNAUTHENTICATED, FORBIDDEN for the whole request, every root field null).
   */
  protected async requestInPart<TData extends object, TVariables extends object>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<{ data: TData; errors: ApiErrorEntry[] }> {
    const operation = operationName(document);
    let response: GraphQLResponseLike & { data?: TData | null };
    try {
      const options = {
        query: print(document),
        variables,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      } as unknown as RawRequestOptions<TVariables>;
      response = await this.partialClient.rawRequest<TData, TVariables>(options);
    } catch (err) {
      // An HTTP error status comes as a ClientError, with the data the gateway sent, if any.
      if (!(err instanceof ClientError)) throw PartnerApiError.from(err, operation);
      response = err.response as GraphQLResponseLike & { data?: TData | null };
    }
    const { data } = response;
    if (!data || Object.values(data).every((value) => value === null)) throw PartnerApiError.fromResponse(response, operation);
    return { data, errors: errorEntries(response.errors) };
  }
}

/** A partner acting for one worker (X-Acting-Worker): that worker's benefits and actions. */
export class WorkerClient extends PartnerClient {
  /** The worker's account on the partner's platform, sent as X-Acting-Worker. */
  readonly accountId: string;

  constructor(options: PartnerClientOptions, accountId: string) {
    super(options, accountId);
    this.accountId = accountId;
  }

  /**
   * Everything the partner app shows the worker, in one request across the four subgraphs:
   * union card, enrolments, tuition subsidy left, points, reports, vouchers, and the stations
   * within `radiusMeters` of `near` (GCJ-02 unless near.crs says otherwise), nearest first.
   */
  async benefits(near: GeoPointInput, options: { radiusMeters?: number; stations?: number } = {}): Promise<Benefits> {
    const variables = { near, radiusMeters: options.radiusMeters ?? 3000, stations: options.stations ?? 5 };
    const { data, errors } = await this.requestInPart(BenefitsDocument, variables);
    return { ...data, errors };
  }

  /** One-stop union joining at a branch; joining again returns the same membership. */
  async joinUnion(branchId: string, channel: JoinChannel = 'PLATFORM_REFERRAL'): Promise<Membership> {
    return answered((await this.request(JoinUnionDocument, { branchId, channel })).joinUnion, 'JoinUnion');
  }

  /** Enrols (or waitlists when full); idempotent per worker and course. */
  async enroll(courseId: string): Promise<Enrollment> {
    return answered((await this.request(EnrollDocument, { courseId })).enroll, 'Enroll');
  }

  /**
   * Files a hazard report for the worker. `idempotencyKey` is required here: make it with
   * newIdempotencyKey() once per report and reuse it on retries, which return the first report.
   */
  async submitReport(input: SubmitReportInput & { idempotencyKey: string }): Promise<Report> {
    return answered((await this.request(SubmitReportDocument, { input })).submitReport, 'SubmitReport');
  }

  /**
   * Spends the worker's points on a voucher. Reusing `idempotencyKey` returns the first voucher
   * and spends once; CONFLICT when the points do not cover the cost, the reward is out of stock
   * or withdrawn, or the key was used for another reward.
   */
  async redeemReward(rewardId: string, idempotencyKey: string): Promise<Redemption> {
    return answered((await this.request(RedeemRewardDocument, { rewardId, idempotencyKey })).redeemReward, 'RedeemReward');
  }
}

export interface RetryOptions {
  /** Tries in all, the first included. Default 4. */
  attempts?: number;
  /** Give up rather than wait longer than this for a rate limit. Default 30 s. */
  maxWaitSeconds?: number;
  /** Called before each wait, e.g. to log it. */
  onRetry?: (error: PartnerApiError, attempt: number, waitSeconds: number) => void;
}

/**
 * Runs `operation` again while it fails with a retryable PartnerApiError (no answer, gateway
 * unavailable, RATE_LIMITED): waiting retryAfterSeconds for a rate limit, 1, 2, 4... seconds
 * otherwise. Build the idempotency key outside the closure so every attempt sends the same one:
 *
 *   const key = newIdempotencyKey();
 *   const report = await withRetries(() => rider.submitReport({ ...input, idempotencyKey: key }));
 */
export async function withRetries<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const maxWait = options.maxWaitSeconds ?? 30;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      if (!(err instanceof PartnerApiError) || !err.retryable || attempt >= attempts) throw err;
      const wait = err.code === 'RATE_LIMITED' ? err.retryAfterSeconds! : 2 ** (attempt - 1);
      if (wait > maxWait) throw err;
      options.onRetry?.(err, attempt, wait);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
  }
}

/**
 * A root field's answer. The API leaves a root field null only with an error, which `request`
 * has already thrown; a null without one breaks the contract and is reported as such.
 */
function answered<T>(value: T | null | undefined, operation: string): T {
  if (value === null || value === undefined) {
    throw new PartnerApiError({ message: `${operation}: the API answered null without an error`, code: 'INTERNAL_SERVER_ERROR', operation });
  }
  return value;
}

function operationName(document: DocumentNode): string {
  for (const def of document.definitions) {
    if (def.kind === 'OperationDefinition' && def.name) return def.name.value;
  }
  return 'operation';
}
