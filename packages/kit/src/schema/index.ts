import fs from 'node:fs';
import path from 'node:path';

/** The file holding the definitions every subgraph shares (DateTime, GeoPoint, PageInfo, AuditEntry...). */
export const SHARED_SCHEMA_FILE = path.join(__dirname, 'shared.graphql');

/** The shared definitions, as SDL. */
export const sharedTypeDefs: string = fs.readFileSync(SHARED_SCHEMA_FILE, 'utf8');

/** A subgraph's whole SDL: its own schema file followed by the shared definitions. */
export function subgraphTypeDefs(ownSdl: string): string {
  return `${ownSdl.trimEnd()}\n\n${sharedTypeDefs}`;
}

/** Reads a service's schema file (the contract it owns) and adds the shared definitions. */
export function readSubgraphTypeDefs(schemaFile: string): string {
  return subgraphTypeDefs(fs.readFileSync(schemaFile, 'utf8'));
}
