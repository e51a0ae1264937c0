import { actorFor, actorOf } from '../../src/rules/history-actor';
import { admin, partner, unionOperator } from '../support';

describe('history actors', () => {
  it('names the actor of a change by role, platform or domain, and key', () => {
    expect(actorOf(partner('MEITUAN'))).toBe('partner:MEITUAN:key-meituan');
    expect(actorOf(unionOperator)).toBe('operator:union:key-union-ops');
    expect(actorOf(admin)).toBe('admin:key-admin');
  });

  it('shows history actors whole to union staff and without the key to others', () => {
    expect(actorFor(admin, 'partner:MEITUAN:key-meituan')).toBe('partner:MEITUAN:key-meituan');
    expect(actorFor(unionOperator, 'operator:union:key-1')).toBe('operator:union:key-1');
    expect(actorFor(partner('MEITUAN'), 'operator:union:key-1')).toBe('operator:union');
    expect(actorFor(partner('MEITUAN'), 'demo')).toBe('demo');
    expect(actorFor(partner('MEITUAN'), 'admin:key-admin')).toBe('admin');
    expect(actorFor(partner('MEITUAN'), 'partner:MEITUAN:key-meituan')).toBe('partner:MEITUAN');
  });
});
