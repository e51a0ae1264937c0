/**
 * A typed client for a partner platform (Meituan, Ele.me, SF Express, Didi...) of the supergraph.
 *
 *   const partner = new PartnerClient({ endpoint, apiKey });
 *   const worker = await partner.registerWorker({ ..., platformExternalId: 'mt-123' });
 *   const rider = partner.forWorker('mt-123');          // sends X-Acting-Worker: mt-123
 *   const { actingWorker } = await rider.benefits({ lat: 39.93, lng: 116.45 });
 *
 * Every method returns the typed data of its operation (types generated from the supergraph by
 * graphql-codegen, see src/operations/) and throws a PartnerApiError carrying the GraphQL
 * `extensions.code`.
 */
import { randomUUID } from 'node:crypto';
import type { DocumentNode } from 'graphql';
import { GraphQLClient, type RequestOptions } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PartnerApiError } from './errors';
import {
  BenefitsDocument,
  CoursesDocument,
  EnrollDocument,
  JoinUnionDocument,
  RedeemRewardDocument,
  RegisterWorkerDocument,
  RewardsDocument,
  SubmitReportDocument,
  UnionBranchesDocument,
  WorkerByPlatformAccountDocument,
  type BenefitsQuery,
  type BranchLevel,
  type CourseFilter,
  type CoursesQuery,
  type EnrollMutation,
  type GeoPointInput,
  type JoinChannel,
  type JoinUnionMutation,
  type RedeemRewardMutation,
  type RegisterWorkerInput,
  type RewardsQuery,
  type SubmitReportInput,
  type SubmitReportMutation,
  type UnionBranchesQuery,
  type WorkerSummaryFragment,
} from './generated/graphql';

export { PartnerApiError, type ApiErrorEntry, type ErrorCode, type KnownErrorCode } from './errors';
export type * from './generated/graphql';

export type Worker = WorkerSummaryFragment;
export type Benefits = BenefitsQuery;
export type UnionBranch = UnionBranchesQuery['unionBranches'][number];
export type Membership = JoinUnionMutation['joinUnion'];
export type Course = CoursesQuery['courses']['edges'][number]['node'];
export type Enrollment = EnrollMutation['enroll'];
export type Report = SubmitReportMutation['submitReport'];
export type Reward = RewardsQuery['rewards'][number];
export type Redemption = RedeemRewardMutation['redeemReward'];

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

  constructor(options: PartnerClientOptions, actingWorker?: string) {
    this.options = options;
    this.client = new GraphQLClient(options.endpoint, {
      headers: {
        ...options.headers,
        authorization: `Bearer ${options.apiKey}`,
        ...(actingWorker ? { 'x-acting-worker': actingWorker } : {}),
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
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
   * Registers a worker with an account on the partner's platform (`platformExternalId`).
   * Idempotent per account and per phone: registering again returns the worker as it is.
   */
  async registerWorker(input: RegisterWorkerInput & { platformExternalId: string }): Promise<Worker> {
    return (await this.request(RegisterWorkerDocument, { input })).registerWorker;
  }

  /** The worker with this account on `platform` (the partner's own), or null. */
  async findWorker(platform: string, externalId: string): Promise<Worker | null> {
    return (await this.request(WorkerByPlatformAccountDocument, { platform, externalId })).workerByPlatformAccount;
  }

  /** Union branches of a district (public), optionally of one level. */
  async unionBranches(district: string, level?: BranchLevel): Promise<UnionBranch[]> {
    return (await this.request(UnionBranchesDocument, { district, level: level ?? null })).unionBranches;
  }

  /** Courses (public), at most `first` (0 to 100). */
  async courses(filter: CourseFilter = {}, first = 50): Promise<Course[]> {
    return (await this.request(CoursesDocument, { filter, first })).courses.edges.map((e) => e.node);
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
    return (await this.request(RewardsDocument, { stationId: stationId ?? null })).rewards;
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
    return this.request(BenefitsDocument, { near, radiusMeters: options.radiusMeters ?? 3000, stations: options.stations ?? 5 });
  }

  /** One-stop union joining at a branch; joining again returns the same membership. */
  async joinUnion(branchId: string, channel: JoinChannel = 'PLATFORM_REFERRAL'): Promise<Membership> {
    return (await this.request(JoinUnionDocument, { branchId, channel })).joinUnion;
  }

  /** Enrols (or waitlists when full); idempotent per worker and course. */
  async enroll(courseId: string): Promise<Enrollment> {
    return (await this.request(EnrollDocument, { courseId })).enroll;
  }

  /**
   * Files a hazard report for the worker. `idempotencyKey` is required here: make it with
   * newIdempotencyKey() once per report and reuse it on retries, which return the first report.
   */
  async submitReport(input: SubmitReportInput & { idempotencyKey: string }): Promise<Report> {
    return (await this.request(SubmitReportDocument, { input })).submitReport;
  }

  /**
   * Spends the worker's points on a voucher. Reusing `idempotencyKey` returns the first voucher
   * and spends once; CONFLICT when the points do not cover the cost, the reward is out of stock
   * or withdrawn, or the key was used for another reward.
   */
  async redeemReward(rewardId: string, idempotencyKey: string): Promise<Redemption> {
    return (await this.request(RedeemRewardDocument, { rewardId, idempotencyKey })).redeemReward;
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

function operationName(document: DocumentNode): string {
  for (const def of document.definitions) {
    if (def.kind === 'OperationDefinition' && def.name) return def.name.value;
  }
  return 'operation';
}
