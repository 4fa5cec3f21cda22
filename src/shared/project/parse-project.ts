import { KindframeError } from '../errors'
import { migrateProject, MIGRATIONS, type Migration } from './migrations'
import { PROJECT_VERSION, Project } from './schema'

export interface ParsedProject {
  project: Project
  /** Migrations applied; shown to the user once after opening. */
  notes: string[]
}

const PROJECT_KIND = 'kindframe-project'

/**
 * Text of a *.kindframe file → a validated, migrated Project, or a KindframeError that names the
 * file and the exact reason: empty, broken JSON (with line/column), not a Kindframe project,
 * made by a newer Kindframe, or schema violations (with the field paths).
 */
export function parseProjectText(
  text: string,
  fileLabel: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = PROJECT_VERSION
): ParsedProject {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '')
    throw new KindframeError(
      'project-corrupt',
      `${fileLabel}: the file is empty (0 bytes of JSON). Open the .bak next to it if there is one.`
    )

  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch (err) {
    throw new KindframeError(
      'project-corrupt',
      `${fileLabel}: not valid JSON — ${describeJsonError(err, body)}. The file may be truncated or edited by hand.`
    )
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new KindframeError(
      'project-corrupt',
      `${fileLabel}: expected a JSON object, found ${Array.isArray(raw) ? 'an array' : typeof raw === 'object' ? 'null' : typeof raw}.`
    )
  }
  const obj = raw as Record<string, unknown>
  if (obj.kind !== PROJECT_KIND) {
    const found = obj.kind === undefined ? 'has no "kind"' : `has kind ${JSON.stringify(obj.kind)}`
    throw new KindframeError(
      'project-corrupt',
      `${fileLabel}: not a Kindframe project (it ${found}; expected "${PROJECT_KIND}").`
    )
  }
  const version = obj.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new KindframeError(
      'project-corrupt',
      `${fileLabel}: "version" must be a whole number ≥ 1, found ${JSON.stringify(version)}.`
    )
  }
  if (version > currentVersion) {
    throw new KindframeError(
      'project-too-new',
      `${fileLabel}: made by a newer Kindframe (version ${version}); this one reads up to ${currentVersion}. Update Kindframe to open it — the file was left unchanged.`,
      { version, supported: currentVersion }
    )
  }
  const { raw: migrated, notes } = migrateProject(obj, version, migrations, currentVersion)
  const checked = Project.safeParse(migrated)
  if (!checked.success) {
    const issues = checked.error.issues
      .slice(0, 6)
      .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    const more = checked.error.issues.length > 6 ? ` (and ${checked.error.issues.length - 6} more)` : ''
    throw new KindframeError('project-corrupt', `${fileLabel}: invalid project — ${issues.join('; ')}${more}.`, {
      paths: checked.error.issues.map((i) => i.path.join('.'))
    })
  }
  const duplicate = findDuplicateId(checked.data)
  if (duplicate)
    throw new KindframeError('project-corrupt', `${fileLabel}: invalid project — ${duplicate}.`, {
      paths: [duplicate.split(':')[0]]
    })
  return { project: checked.data, notes }
}

/** Clip ids (and cue ids within a clip) key translations, exports and selections: they must be unique. */
function findDuplicateId(project: Project): string | undefined {
  const clipIds = new Set<string>()
  for (const [ci, clip] of project.clips.entries()) {
    if (clipIds.has(clip.id)) return `clips.${ci}.id: duplicate clip id ${JSON.stringify(clip.id)}`
    clipIds.add(clip.id)
    const cueIds = new Set<string>()
    for (const [qi, cue] of clip.track.cues.entries()) {
      if (cueIds.has(cue.id)) return `clips.${ci}.track.cues.${qi}.id: duplicate cue id ${JSON.stringify(cue.id)}`
      cueIds.add(cue.id)
    }
  }
  return undefined
}

/** The JSON written to disk: stable key order from the schema, 2-space indent, trailing newline. */
export function serializeProject(project: Project): string {
  return JSON.stringify(Project.parse(project), null, 2) + '\n'
}

/** JSON.parse's message plus line/column when it names a position (V8 says "at position N"). */
function describeJsonError(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err)
  const lineCol = /line (\d+) column (\d+)/.exec(message)
  if (lineCol) return message
  const pos = /position (\d+)/.exec(message)
  const offset = pos ? Number(pos[1]) : /end of JSON input/i.test(message) ? text.length : undefined
  if (offset === undefined) return message
  const { line, column } = lineColumnAt(text, offset)
  // An error at the very end means the text stops mid-way: say so, that is what the user needs.
  if (offset >= text.trimEnd().length)
    return `the file ends before the JSON is complete (at line ${line}, column ${column}); it is probably truncated`
  return `${message} (line ${line}, column ${column})`
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - (before.lastIndexOf('\n') + 1) + 1
  return { line, column }
}
