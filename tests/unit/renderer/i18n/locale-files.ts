import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Shared by the i18n tests: the locale files on disk and the renderer sources that use them. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
export const LOCALES_DIR = join(ROOT, 'locales')
export const RENDERER_DIR = join(ROOT, 'src/renderer/src')

type Tree = { [key: string]: string | Tree }

export function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out[key] = v
    else Object.assign(out, flatten(v, key))
  }
  return out
}

export function localeDirs(): string[] {
  return readdirSync(LOCALES_DIR)
    .filter((d) => statSync(join(LOCALES_DIR, d)).isDirectory())
    .sort()
}

export function namespaces(lng: string): string[] {
  return readdirSync(join(LOCALES_DIR, lng))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort()
}

export function loadFlat(lng: string, ns: string): Record<string, string> {
  return flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lng, `${ns}.json`), 'utf8')) as Tree)
}

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** "clips.heading_one" → "clips.heading"; non-plural keys are unchanged. */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '')
}

export function sourceFiles(dir = RENDERER_DIR): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path))
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path)
  }
  return out
}
