import type { SubtitleTrack, Translation } from '../../project/schema'
import { cueFingerprint } from '../fingerprint'
import { CSV_COLUMNS, CsvError, parseCsv } from './csv'
import { decodeIdentity, type HandoffIdentity } from './identity'
import { childrenNamed, parseXml, textOf, XmlError, type XmlElement } from './xml'

export type HandoffFormat = 'xliff-2.0' | 'xliff-1.2' | 'csv'

export interface HandoffConflict {
  kind: 'malformed' | 'wrong-file' | 'no-identity' | 'wrong-locale' | 'unknown-id' | 'duplicate-id' | 'source-changed'
  unitId?: string
  line?: number
  message: string
}

export interface HandoffImport {
  format?: HandoffFormat
  /** cue id → translation to merge (applyTranslations). Empty when the whole file was refused. */
  translations: Record<string, Translation>
  conflicts: HandoffConflict[]
  identity?: HandoffIdentity
}

interface RawUnit {
  id: string
  /** undefined: the file has no source column (CSV), so a source change can't be detected. */
  source?: string
  target: string
  status: 'draft' | 'done'
  line?: number
}

export interface HandoffTarget {
  track: SubtitleTrack
  locale: string
  identity: HandoffIdentity
}

/**
 * Reads a returned hand-off file (XLIFF 2.0, XLIFF 1.2 or CSV, detected from the content) against the
 * clip it should belong to. Refused as a whole (no translations, one conflict): malformed files, files
 * for another project or clip, files for another target locale. Per unit: unknown ids and duplicates are
 * skipped and reported; a unit whose source text differs from the cue now is imported as 'outdated'
 * and reported; an empty target changes nothing. Statuses: final/reviewed/signed-off (or approved) →
 * done, anything else with a target → draft.
 */
export function importHandoff(text: string, target: HandoffTarget): HandoffImport {
  let parsed: { format: HandoffFormat; identityText?: string; locale?: string; units: RawUnit[] }
  try {
    parsed = text.trimStart().startsWith('<') ? readXliff(text) : readCsv(text)
  } catch (err) {
    const line = err instanceof XmlError || err instanceof CsvError ? err.line : undefined
    return {
      translations: {},
      conflicts: [
        {
          kind: 'malformed',
          line,
          message: `not a readable XLIFF or CSV file: ${err instanceof Error ? err.message : String(err)}`
        }
      ]
    }
  }
  const conflicts: HandoffConflict[] = []
  const identity = decodeIdentity(parsed.identityText)
  const refuse = (c: HandoffConflict): HandoffImport => ({
    format: parsed.format,
    translations: {},
    conflicts: [c],
    identity
  })
  if (!identity) {
    conflicts.push({
      kind: 'no-identity',
      message: 'the file does not say which Kindframe project and clip it belongs to; matched by cue id only'
    })
  } else if (identity.project !== target.identity.project || identity.clip !== target.identity.clip) {
    return refuse({
      kind: 'wrong-file',
      message: `this file is for clip "${identity.clip}" of project "${identity.project}", not clip "${target.identity.clip}" of project "${target.identity.project}"`
    })
  }
  if (parsed.locale && parsed.locale.toLowerCase() !== target.locale.toLowerCase()) {
    return refuse({
      kind: 'wrong-locale',
      message: `this file is a ${parsed.locale} translation, not ${target.locale}`
    })
  }
  const cues = new Map(target.track.cues.map((c) => [c.id, c]))
  const seen = new Set<string>()
  const translations: Record<string, Translation> = {}
  for (const u of parsed.units) {
    if (seen.has(u.id)) {
      conflicts.push({
        kind: 'duplicate-id',
        unitId: u.id,
        line: u.line,
        message: `unit "${u.id}" appears more than once; the first one was used`
      })
      continue
    }
    seen.add(u.id)
    const cue = cues.get(u.id)
    if (!cue) {
      conflicts.push({
        kind: 'unknown-id',
        unitId: u.id,
        line: u.line,
        message: `no cue "${u.id}" in this clip (deleted since the export?); skipped`
      })
      continue
    }
    if (u.target.trim() === '') continue
    if (u.source !== undefined && u.source !== cue.text) {
      conflicts.push({
        kind: 'source-changed',
        unitId: u.id,
        line: u.line,
        message: `the source of "${u.id}" changed since the export ("${u.source}" → "${cue.text}"); imported as outdated`
      })
      translations[u.id] = { text: u.target, status: 'outdated' }
      continue
    }
    translations[u.id] = { text: u.target, status: u.status, sourceFingerprint: cueFingerprint(cue) }
  }
  return { format: parsed.format, translations, conflicts, identity }
}

function readXliff(text: string) {
  const root = parseXml(text)
  if (root.local !== 'xliff') throw new Error(`the root element is <${root.name}>, not <xliff>`)
  const version = root.attrs.version ?? ''
  const files = childrenNamed(root, 'file')
  if (files.length === 0) throw new Error('no <file> element')
  if (version.startsWith('2')) {
    const units = files.flatMap((f) => descendants(f, 'unit')).map(unit20)
    return { format: 'xliff-2.0' as const, identityText: files[0].attrs.original, locale: root.attrs.trgLang, units }
  }
  if (version === '1.2' || version === '1.1' || version === '1.0') {
    const units = files.flatMap((f) => descendants(f, 'trans-unit')).map(unit12)
    return {
      format: 'xliff-1.2' as const,
      identityText: files[0].attrs.original,
      locale: files[0].attrs['target-language'],
      units
    }
  }
  throw new Error(`unsupported XLIFF version "${version}"`)
}

function descendants(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const c of el.children) {
    if (typeof c === 'string') continue
    if (c.local === local) out.push(c)
    else out.push(...descendants(c, local))
  }
  return out
}

function unit20(u: XmlElement): RawUnit {
  const segments = [...childrenNamed(u, 'segment'), ...childrenNamed(u, 'ignorable')]
  const source = segments.map((s) => childrenNamed(s, 'source').map(textOf).join('')).join('')
  const target = segments.map((s) => childrenNamed(s, 'target').map(textOf).join('')).join('')
  const states = childrenNamed(u, 'segment').map((s) => s.attrs.state ?? 'initial')
  const done = states.length > 0 && states.every((s) => s === 'final' || s === 'reviewed')
  return { id: u.attrs.id ?? '', source, target, status: done ? 'done' : 'draft' }
}

function unit12(u: XmlElement): RawUnit {
  const source = childrenNamed(u, 'source').map(textOf).join('')
  const targetEl = childrenNamed(u, 'target')[0]
  const state = targetEl?.attrs.state ?? ''
  const done = u.attrs.approved === 'yes' || state === 'final' || state === 'signed-off'
  return { id: u.attrs.id ?? '', source, target: targetEl ? textOf(targetEl) : '', status: done ? 'done' : 'draft' }
}

function readCsv(text: string) {
  const rows = parseCsv(text)
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? []
  const col = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name)
  const [id, source, targetCol, status, locale, file] = [
    col('id'),
    col('source'),
    col('target'),
    col('status'),
    col('locale'),
    col('kindframe_file')
  ]
  if (id < 0 || targetCol < 0) throw new CsvError('the header needs at least "id" and "target" columns', 1)
  const body = rows.slice(1).filter((r) => r.some((f) => f !== ''))
  const units: RawUnit[] = body.map((r, i) => ({
    id: r[id] ?? '',
    source: source >= 0 ? (r[source] ?? '') : undefined,
    target: r[targetCol] ?? '',
    status: (status >= 0 && r[status] === 'done' ? 'done' : 'draft') as 'done' | 'draft',
    line: i + 2 // data row number (1 = header), which is the line number unless a field spans lines
  }))
  return {
    format: 'csv' as const,
    identityText: file >= 0 ? body[0]?.[file] : undefined,
    locale: locale >= 0 ? body[0]?.[locale] : undefined,
    units
  }
}
