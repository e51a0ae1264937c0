import { regionCondition, regionHolds, type Database, type MetricsPeriod, type ScopeRegion } from '@nef/kit';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Course, Enrollment } from '../entities';

export interface Count {
  key: string;
  count: number;
}

export interface TrainingMetrics {
  courses: number;
  enrollments: number;
  completions: number;
  certificates: number;
  byCategory: Count[];
}

export const emptyTrainingMetrics = (): TrainingMetrics => ({ courses: 0, enrollments: 0, completions: 0, certificates: 0, byCategory: [] });

/** Where counted rows' courses are: their district, and their street when asked for. */
interface Place {
  code: string;
  street?: string | null;
}

interface Counted {
  courses: (Place & { n: number | string })[];
  seats: (Place & { category: string; n: number | string })[];
  completions: (Place & { n: number | string; certified: number | string })[];
}

/**
 * The three counts behind the figures, for the courses `where` selects (a condition over the
 * course alias `c`), grouped by the course's district and, with `byStreet`, its street:
 * - courses: courses created in the period, not cancelled;
 * - seats: seats taken in the period (enrolled or moved up) that are still held or were
 *   completed, by course category;
 * - completions: enrolments completed in the period, and those of them with a certificate.
 */
async function countTraining(db: Database, where: { sql: string; params: Record<string, unknown> }, byStreet: boolean, period: MetricsPeriod): Promise<Counted> {
  const em = db.reader;
  const range = (column: string) => (period.from ? `${column} >= :from AND ${column} < :to` : `${column} < :to`);
  const params = { ...where.params, from: period.from, to: period.to };
  const place = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> => {
    const q = qb.select('c.districtCode', 'code').groupBy('c.districtCode');
    return byStreet ? q.addSelect('c.streetCode', 'street').addGroupBy('c.streetCode') : q;
  };

  const [courses, seats, completions] = await Promise.all([
    place(em.createQueryBuilder(Course, 'c'))
      .addSelect('COUNT(*)', 'n')
      .where(where.sql, params)
      .andWhere("c.status <> 'CANCELLED'")
      .andWhere(range('c.createdAt'), params)
      .getRawMany<Counted['courses'][number]>(),
    place(em.createQueryBuilder(Enrollment, 'e').innerJoin(Course.options.name, 'c', 'c.id = e.courseId'))
      .addSelect('c.category', 'category')
      .addSelect('COUNT(*)', 'n')
      .where(where.sql, params)
      .andWhere("e.status IN ('ENROLLED', 'COMPLETED')")
      .andWhere('e.seatedAt IS NOT NULL')
      .andWhere(range('e.seatedAt'), params)
      .addGroupBy('c.category')
      .getRawMany<Counted['seats'][number]>(),
    place(em.createQueryBuilder(Enrollment, 'e').innerJoin(Course.options.name, 'c', 'c.id = e.courseId'))
      .addSelect('COUNT(*)', 'n')
      .addSelect('COUNT(e.certificateNo)', 'certified')
      .where(where.sql, params)
      .andWhere("e.status = 'COMPLETED'")
      .andWhere(range('e.completedAt'), params)
      .getRawMany<Counted['completions'][number]>(),
  ]);
  return { courses, seats, completions };
}

/**
 * Adds the counted rows to the figures of every key `keysOf` gives for a row's place (a row
 * may count in several regions of one batch: a county and its city).
 */
function addUp(result: Map<string, TrainingMetrics>, counted: Counted, keysOf: (p: Place) => readonly string[]): Map<string, TrainingMetrics> {
  const byCategory = new Map<string, Map<string, number>>();
  for (const r of counted.courses) for (const k of keysOf(r)) result.get(k)!.courses += Number(r.n);
  for (const r of counted.seats) {
    for (const k of keysOf(r)) {
      result.get(k)!.enrollments += Number(r.n);
      const split = byCategory.get(k) ?? new Map<string, number>();
      split.set(r.category, (split.get(r.category) ?? 0) + Number(r.n));
      byCategory.set(k, split);
    }
  }
  for (const r of counted.completions) {
    for (const k of keysOf(r)) {
      const m = result.get(k)!;
      m.completions += Number(r.n);
      m.certificates += Number(r.certified);
    }
  }
  for (const [k, split] of byCategory) result.get(k)!.byCategory = [...split].map(([key, count]) => ({ key, count }));
  for (const m of result.values()) m.byCategory.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  return result;
}

/**
 * A district's training figures over the period [from, to) (`metricsPeriod`), for many
 * districts in three statements (see `countTraining` for what each counts). City-wide courses
 * (no district) belong to no district's figures.
 */
export async function trainingMetrics(db: Database, codes: readonly string[], period: MetricsPeriod): Promise<Map<string, TrainingMetrics>> {
  const result = new Map<string, TrainingMetrics>(codes.map((c) => [c, emptyTrainingMetrics()]));
  const counted = await countTraining(db, { sql: 'c.districtCode IN (:...codes)', params: { codes: [...codes] } }, false, period);
  return addUp(result, counted, (p) => [p.code]);
}

/**
 * Regions' training figures over [from, to), counted as a district's are, for many regions in
 * three statements: the courses of every region asked (its county codes' range, the county, or
 * for a street the courses that name it, `regionCondition`), grouped by district and street,
 * then added up per region. So a parent's figures are the sum of its children's, and a county's
 * include courses that name no street. City-wide courses (no district) count in no region, the
 * nation (100000) included, as they count in no district.
 */
export async function regionTrainingMetrics(db: Database, regions: readonly ScopeRegion[], period: MetricsPeriod): Promise<Map<string, TrainingMetrics>> {
  const result = new Map<string, TrainingMetrics>(regions.map((r) => [r.code, emptyTrainingMetrics()]));
  const conditions = regions.map((r, i) => regionCondition(r, { county: 'c.districtCode', street: 'c.streetCode' }, `region${i}`));
  const where = {
    sql: `c.districtCode IS NOT NULL AND (${conditions.map((c) => c.sql).join(' OR ')})`,
    params: Object.assign({}, ...conditions.map((c) => c.params)) as Record<string, string>,
  };
  const counted = await countTraining(db, where, regions.some((r) => r.level === 'STREET'), period);
  return addUp(result, counted, (p) => regions.filter((r) => regionHolds(r, p.code, p.street)).map((r) => r.code));
}
