import type { EntitySchemaColumnOptions } from 'typeorm';

/** Column shapes shared by the tables, in the types both engines take. */
export const idColumn = (name = 'id', primary = false): EntitySchemaColumnOptions => ({
  name,
  type: 'varchar',
  length: 36,
  primary,
});

export const timeColumn = (name: string, nullable = false): EntitySchemaColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  nullable,
});
