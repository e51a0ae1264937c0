import { hashKey, type ApiKeyEntry } from './keys';

/**
 * Keys for local development and the demo, published in the README. A gateway started with
 * NODE_ENV=production refuses to run with any of them.
 */
export const DEMO_KEYS: { key: string; entry: Omit<ApiKeyEntry, 'sha256'>; what: string }[] = [
  { key: 'demo-admin', entry: { id: 'demo-admin', role: 'admin' }, what: 'admin: everything' },
  { key: 'demo-meituan', entry: { id: 'demo-meituan', role: 'partner', platform: 'MEITUAN' }, what: 'partner MEITUAN (act for mt-10001 or mt-10002)' },
  { key: 'demo-eleme', entry: { id: 'demo-eleme', role: 'partner', platform: 'ELEME' }, what: 'partner ELEME (act for ele-20001 or ele-20002)' },
  { key: 'demo-sf', entry: { id: 'demo-sf', role: 'partner', platform: 'SF_EXPRESS' }, what: 'partner SF_EXPRESS (act for sf-30001)' },
  { key: 'demo-dashboard', entry: { id: 'demo-dashboard', role: 'dashboard' }, what: 'dashboard, all districts' },
  { key: 'demo-chaoyang-dashboard', entry: { id: 'demo-chaoyang-dashboard', role: 'dashboard', districts: ['110105'] }, what: 'dashboard, Chaoyang only' },
  { key: 'demo-stations-operator', entry: { id: 'demo-stations-operator', role: 'operator', domain: 'stations' }, what: 'stations operator' },
  { key: 'demo-union-operator', entry: { id: 'demo-union-operator', role: 'operator', domain: 'union' }, what: 'union operator (sees phones whole)' },
  { key: 'demo-training-operator', entry: { id: 'demo-training-operator', role: 'operator', domain: 'training' }, what: 'training operator' },
  { key: 'demo-governance-operator', entry: { id: 'demo-governance-operator', role: 'operator', domain: 'governance' }, what: 'governance operator' },
];

export const demoKeyEntries = (): ApiKeyEntry[] => DEMO_KEYS.map(({ key, entry }) => ({ ...entry, sha256: hashKey(key) }));
