/**
 * How a person's name is shown to those who may see only part of it, one rule for every
 * service: the first character (the surname, for most Chinese names) stays and every other
 * character is a star; spaces stay, runs of them become one. 王强 -> 王*, 欧阳娜娜 -> 欧***,
 * Zhang Wei -> Z**** ***. A one-character name is a single star.
 *
 * `keepLast` keeps the last character too for names of three or more characters (王*强,
 * 欧**锋): what a gate guard compares with the rider in front of the gate, enough to tell two
 * riders apart and not enough to copy. Nothing else shows more than this.
 */
export function maskName(name: string, opts: { keepLast?: boolean } = {}): string {
  const chars = [...name.trim().replace(/\s+/g, ' ')];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  const last = chars.length - 1;
  return chars.map((ch, i) => (i === 0 || ch === ' ' || (opts.keepLast && chars.length >= 3 && i === last) ? ch : '*')).join('');
}
