import { hashKey, type ApiKeyEntry } from './keys';

/**
 * Keys for local development and the demo, published in the README. A gateway started with
 * NODE_ENV=production refuses to run with any of them.
 */
export const DEMO_KEYS: { key: string; entry: Omit<ApiKeyEntry, 'sha256'>; what: string }[] = [
  { key: 'demo-admin', entry: { id: 'demo-admin', role: 'admin', freeForm: true }, what: 'admin: everything' },
  { key: 'demo-meituan', entry: { id: 'demo-meituan', role: 'partner', operations: 'partner-client', platform: 'MEITUAN' }, what: 'partner MEITUAN (act for mt-10001 or mt-10002)' },
  { key: 'demo-eleme', entry: { id: 'demo-eleme', role: 'partner', operations: 'partner-client', platform: 'ELEME' }, what: 'partner ELEME (act for ele-20001 or ele-20002)' },
  { key: 'demo-sf', entry: { id: 'demo-sf', role: 'partner', operations: 'partner-client', platform: 'SF_EXPRESS' }, what: 'partner SF_EXPRESS (act for sf-30001)' },
  { key: 'demo-dashboard', entry: { id: 'demo-dashboard', role: 'dashboard', freeForm: true }, what: 'dashboard, all districts' },
  { key: 'demo-chaoyang-dashboard', entry: { id: 'demo-chaoyang-dashboard', role: 'dashboard', regions: ['110105'], freeForm: true }, what: 'dashboard, Chaoyang only' },
  { key: 'demo-huizhou-dashboard', entry: { id: 'demo-huizhou-dashboard', role: 'dashboard', regions: ['441300'], freeForm: true }, what: 'dashboard, Huizhou city (its counties and streets)' },
  { key: 'demo-jiangsu-dashboard', entry: { id: 'demo-jiangsu-dashboard', role: 'dashboard', regions: ['320000'], freeForm: true }, what: 'dashboard, Jiangsu province' },
  { key: 'demo-stations-operator', entry: { id: 'demo-stations-operator', role: 'operator', domain: 'stations', freeForm: true }, what: 'stations operator' },
  { key: 'demo-union-operator', entry: { id: 'demo-union-operator', role: 'operator', domain: 'union', freeForm: true }, what: 'union operator (sees phones whole)' },
  { key: 'demo-training-operator', entry: { id: 'demo-training-operator', role: 'operator', domain: 'training', freeForm: true }, what: 'training operator' },
  { key: 'demo-governance-operator', entry: { id: 'demo-governance-operator', role: 'operator', domain: 'governance', freeForm: true }, what: 'governance operator' },
];

export const demoKeyEntries = (): ApiKeyEntry[] => DEMO_KEYS.map(({ key, entry }) => ({ ...entry, sha256: hashKey(key) }));
