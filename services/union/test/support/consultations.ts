import { dataOf, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../src/seed/demo';
import { unionOperator } from './index';

/** Consultations through the API: the documents and input the consultation tests share. */

export const FIELDS = `id title heldAt workerRepresentatives platform { code } branch { id }
  measures { id category description status dueAt history { status actor } }
  progress { agreed done inProgress dropped ratio }`;
export const RECORD = `mutation($input: ConsultationInput!) { recordConsultation(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $status: MeasureStatus!) { updateMeasureStatus(id: $id, status: $status) { id status history { status at actor } } }`;
export const LIST = `query($platform: ID, $first: Int) { consultations(platform: $platform, first: $first) { ${FIELDS} } }`;
export const ONE = `query($id: ID!) { consultation(id: $id) { id progress { agreed done ratio } } }`;

export const input = (over: Record<string, unknown> = {}) => ({
  title: '海淀区快递员与饿了么恳谈会',
  platform: 'ELEME',
  branchId: demoBranchId('haidian'),
  heldAt: '2025-10-10T14:00:00+08:00',
  workerRepresentatives: 12,
  measures: [
    { category: 'ALGORITHM', description: '优化派单算法，减少超时罚款', dueAt: '2026-03-31T00:00:00Z' },
    { category: 'CARE', description: '夏季防暑降温物资' },
    { category: 'SAFETY', description: '电动车安全检查' },
  ],
  ...over,
});

/** Helpers on the test file's subgraph (`sg` is started in its beforeAll). */
export function consultationHelpers(sg: () => TestSubgraph) {
  async function recorded(over: Record<string, unknown> = {}) {
    return dataOf(await sg().query(RECORD, { input: input(over) }, unionOperator)).recordConsultation;
  }

  return { recorded };
}
