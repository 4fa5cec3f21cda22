import { PROJECT_VERSION } from './schema'

/**
 * Steps that upgrade a raw project object one version at a time: MIGRATIONS[n] turns version n
 * into version n + 1. Add one entry (and bump PROJECT_VERSION in schema.ts) for every breaking
 * change; never edit a released step. Steps receive plain JSON (not yet validated) and must not
 * mutate their input.
 */
export type Migration = (raw: Record<string, unknown>) => { raw: Record<string, unknown>; note: string }

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 1 is the first released format: nothing to migrate yet.
}

export interface Migrated {
  raw: Record<string, unknown>
  notes: string[]
}

/**
 * Runs every step from `raw.version` up to `target`. Throws a plain Error naming the missing step
 * when the table has a gap (a programming error, not a user error).
 */
export function migrateProject(
  raw: Record<string, unknown>,
  fromVersion: number,
  table: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = PROJECT_VERSION
): Migrated {
  let current = raw
  const notes: string[] = []
  for (let v = fromVersion; v < target; v++) {
    const step = table[v]
    if (!step) throw new Error(`No migration from project version ${v} to ${v + 1}.`)
    const out = step(current)
    current = { ...out.raw, version: v + 1 }
    notes.push(`Upgraded from version ${v} to ${v + 1}: ${out.note}`)
  }
  return { raw: current, notes }
}
