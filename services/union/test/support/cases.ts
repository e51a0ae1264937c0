import { newId } from '@nef/kit';
import { dataOf, type TestSubgraph } from '@nef/kit/testing';
import { demoWorkerId } from '../../src/seed/demo';
import { freshPhone, partner, registerAs, unionOperator } from './index';

/** Assistance cases through the API: the documents and workers the case tests share. */

export const FIELDS = `id kind status summary openedAt resolvedAt worker { id name phone } history { status at actor }`;
export const OPEN = `mutation($workerId: ID, $kind: AssistanceKind!, $summary: String!) {
  openAssistanceCase(workerId: $workerId, kind: $kind, summary: $summary) { ${FIELDS} }
}`;
export const UPDATE = `mutation($id: ID!, $status: CaseStatus!) { updateAssistanceCase(id: $id, status: $status) { ${FIELDS} } }`;
export const LIST = `query($status: CaseStatus, $first: Int) { assistanceCases(status: $status, first: $first) { ${FIELDS} } }`;
export const ONE = `query($id: ID!) { assistanceCase(id: $id) { id status } }`;

export const wang = demoWorkerId('wang-qiang'); // MEITUAN
export const liNa = demoWorkerId('li-na'); // ELEME

export const ids = (cases: { id: string }[]) => cases.map((c) => c.id);

/** Helpers on the test file's subgraph (`sg` is started in its beforeAll). */
export function caseHelpers(sg: () => TestSubgraph) {
  /**
   * A worker registered by MEITUAN with their consent. Cases opened at a union desk reach the
   * platform only when the worker shared union records with it, which most case tests need.
   */
  async function newMeituanWorker(scopes: string[] = ['SHARE_UNION_RECORDS']): Promise<string> {
    const input = { name: '郑浩', phone: freshPhone(), occupation: 'FOOD_DELIVERY', districtCode: '110105', platformExternalId: `mt-${newId().slice(-10)}` };
    return (await registerAs(sg(), input, partner('MEITUAN'), scopes)).id;
  }

  async function opened(workerId: string, kind = 'LEGAL_AID') {
    return dataOf(await sg().query(OPEN, { workerId, kind, summary: '平台单方面封号，申请法律援助' }, unionOperator)).openAssistanceCase;
  }

  return { newMeituanWorker, opened };
}
