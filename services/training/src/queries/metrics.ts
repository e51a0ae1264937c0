import type { Database, MetricsPeriod } from '@nef/kit';
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

/**
 * A district's training figures over the period [from, to) (`metricsPeriod`), for many
 * districts in three statements:
 * - courses: courses of the district created in the period, not cancelled;
 * - enrollments: seats taken in the period (enrolled or moved up) that are still held or were
 *   completed; byCategory splits these by course category;
 * - completions / certificates: enrolments completed in the period, and those of them with a
 *   certificate.
 * City-wide courses (no district) belong to no district's figures.
 */
export async function trainingMetrics(db: Database, codes: readonly string[], period: MetricsPeriod): Promise<Map<string, TrainingMetrics>> {
  const em = db.reader;
  const result = new Map<string, TrainingMetrics>(codes.map((c) => [c, emptyTrainingMetrics()]));
  const range = (column: string) => (period.from ? `${column} >= :from AND ${column} < :to` : `${column} < :to`);
  const params = { codes: [...codes], from: period.from, to: period.to };

  const [courses, seats, completions] = await Promise.all([
    em
      .createQueryBuilder(Course, 'c')
      .select('c.districtCode', 'code')
      .addSelect('COUNT(*)', 'n')
      .where('c.districtCode IN (:...codes)', params)
      .andWhere("c.status <> 'CANCELLED'")
      .andWhere(range('c.createdAt'), params)
      .groupBy('c.districtCode')
      .getRawMany<{ code: string; n: number | string }>(),
    em
      .createQueryBuilder(Enrollment, 'e')
      .innerJoin(Course.options.name, 'c', 'c.id = e.courseId')
      .select('c.districtCode', 'code')
      .addSelect('c.category', 'category')
      .addSelect('COUNT(*)', 'n')
      .where('c.districtCode IN (:...codes)', params)
      .andWhere("e.status IN ('ENROLLED', 'COMPLETED')")
      .andWhere('e.seatedAt IS NOT NULL')
      .andWhere(range('e.seatedAt'), params)
      .groupBy('c.districtCode')
      .addGroupBy('c.category')
      .getRawMany<{ code: string; category: string; n: number | string }>(),
    em
      .createQueryBuilder(Enrollment, 'e')
      .innerJoin(Course.options.name, 'c', 'c.id = e.courseId')
      .select('c.districtCode', 'code')
      .addSelect('COUNT(*)', 'n')
      .addSelect('COUNT(e.certificateNo)', 'certified')
      .where('c.districtCode IN (:...codes)', params)
      .andWhere("e.status = 'COMPLETED'")
      .andWhere(range('e.completedAt'), params)
      .groupBy('c.districtCode')
      .getRawMany<{ code: string; n: number | string; certified: number | string }>(),
  ]);

  for (const r of courses) result.get(r.code)!.courses = Number(r.n);
  for (const r of seats) {
    const m = result.get(r.code)!;
    m.enrollments += Number(r.n);
    m.byCategory.push({ key: r.category, count: Number(r.n) });
  }
  for (const r of completions) {
    const m = result.get(r.code)!;
    m.completions = Number(r.n);
    m.certificates = Number(r.certified);
  }
  for (const m of result.values()) m.byCategory.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  return result;
}
