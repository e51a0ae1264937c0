/**
 * Enum values are described in both languages, so a Chinese partner's developer and an English
 * one read the same term: each value's description opens with the Chinese term, then the
 * English term, then a colon and what the value means (`暖心驿站 Warm station: a rest stop...`;
 * a value with nothing to add ends after the English term: `卫生间 Toilet.`).
 *
 * Checked in the API the gateway serves (gateway/supergraph.graphql) for the enums of the
 * schemas listed below; the other services' enums join the list as their owners rewrite them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { isEnumType, parse, Kind } from 'graphql';

const ROOT = path.resolve(__dirname, '../..');
const SUPERGRAPH_FILE = path.join(ROOT, 'gateway/supergraph.graphql');
/** The schema files whose enums follow the convention. */
const BILINGUAL = [
  'packages/kit/src/schema/shared.graphql',
  'services/stations/src/schema.graphql',
  'services/union/src/schema.graphql',
  'services/training/src/schema.graphql',
  'services/governance/src/schema.graphql',
];

/** Chinese term (CJK, with the punctuation and Latin letters a term may hold), a space, the English term starting with a letter or digit. */
export const BILINGUAL_VALUE = /^[\p{Script=Han}][\p{Script=Han}\p{Script=Latin}\d\-、（）()]*\s+[A-Za-z0-9][^:.]*(?::\s+\S.*|\.)$/su;

function enumsOf(file: string): string[] {
  const document = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  return document.definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION ? [d.name.value] : []));
}

describe('enum values described in Chinese and English', () => {
  const api = Supergraph.build(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
  const names = BILINGUAL.flatMap(enumsOf);

  it('finds the enums to check', () => {
    expect(names).toEqual(
      expect.arrayContaining(['CoordinateSystem', 'StationKind', 'StationStatus', 'Amenity', 'OfferStatus', 'MembershipStatus', 'CourseStatus', 'ReportStatus']),
    );
  });

  it('opens every value’s description with the Chinese term, then the English', () => {
    const wrong: string[] = [];
    for (const name of names) {
      const type = api.getType(name);
      if (!isEnumType(type)) {
        wrong.push(`${name}: not an enum of the API`);
        continue;
      }
      for (const value of type.getValues()) {
        if (!BILINGUAL_VALUE.test(value.description ?? '')) wrong.push(`${name}.${value.name}: ${JSON.stringify(value.description)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('tells a bilingual description from an English-only or Chinese-only one', () => {
    expect(BILINGUAL_VALUE.test('暖心驿站 Warm station: a rest stop for outdoor workers.')).toBe(true);
    expect(BILINGUAL_VALUE.test('卫生间 Toilet.')).toBe(true);
    expect(BILINGUAL_VALUE.test('火星坐标（国测局坐标） GCJ-02 ("Mars coordinates"): Amap, Tencent and WeChat maps.')).toBe(true);
    expect(BILINGUAL_VALUE.test('Warm station (暖心驿站): a rest stop.')).toBe(false);
    expect(BILINGUAL_VALUE.test('暖心驿站：供户外劳动者休息')).toBe(false);
    expect(BILINGUAL_VALUE.test('')).toBe(false);
  });
});
