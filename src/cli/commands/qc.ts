import { safeText } from '../../shared/safe-text'
import { EXIT, type Command } from '../command'
import { formatTimecode } from '../../shared/time'
import { isValidLocaleTag } from '../../shared/locales'
import type { Project } from '../../shared/project/schema'
import { countBySeverity, QC_PROFILES, runQc, type QcIssue } from '../../shared/subtitles/qc'
import { cuesForLocale } from '../../shared/subtitles/translations'
import { openProject } from '../../main/services/project/store'
import { readSubtitleInput } from '../subtitle-input'

const USAGE = `kindframe qc <project.kindframe | subtitles.srt|vtt|ass> [--profile P] [--locale L] [--format text|json] [--fps N] [--duration MS]

Subtitle quality checks: characters per line, lines, reading speed, min/max duration, gaps,
overlaps, empty cues, cues outside the clip or under the end card.
Profiles: ${Object.values(QC_PROFILES).map((p) => `${p.id} (${p.label})`).join(', ')}.

  A project checks every clip × (source + target locales), with the project's qc.profile, each clip's
  probed fps and duration and its end card. --locale limits it to one locale.
  A subtitle file is checked with --locale (default en), --fps (default 30), --duration (optional).

  --format text   clip [locale] time cue: severity message (ruleId)   (default)
  --format json   {profile, results:[{clipId, locale, issues}], summary:{error, warning, info}}

A subtitle file is read by the same reader as convert and lint: its import report (lines dropped,
repaired or guessed) goes to stderr, and the same bad files are refused.

Exit: 0 no errors (warnings allowed) · 1 errors found · 2 usage · 3 bad input (missing, empty, binary or image file, no usable cue)`

interface Args {
  path: string
  profile?: string
  locale?: string
  format: 'text' | 'json'
  fps?: number
  durationMs?: number
}

interface Result {
  clipId: string
  locale: string
  issues: QcIssue[]
  /** cue id → start, for the text output. */
  starts: Map<string, number>
}

function parseArgs(args: string[]): Args | string {
  const out: Partial<Args> & { format: Args['format'] } = { format: 'text' }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const key = a.split('=')[0]
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]) ?? ''
    if (key === '--profile') out.profile = value()
    else if (key === '--locale') out.locale = value()
    else if (key === '--format') {
      const f = value()
      if (f !== 'text' && f !== 'json') return `unknown --format "${f}" (text or json)`
      out.format = f
    } else if (key === '--fps') out.fps = Number(value())
    else if (key === '--duration') out.durationMs = Number(value())
    else if (a.startsWith('-')) return `unknown option "${a}"`
    else if (out.path) return `one input only (got "${out.path}" and "${a}")`
    else out.path = a
  }
  if (!out.path) return 'missing input: a .kindframe project or a subtitle file'
  if (out.profile !== undefined && !QC_PROFILES[out.profile]) return `unknown --profile "${out.profile}" (${Object.keys(QC_PROFILES).join(', ')})`
  if (out.locale !== undefined && !isValidLocaleTag(out.locale)) return `--locale "${out.locale}" is not a BCP-47 tag (e.g. en, pt-BR)`
  if (out.fps !== undefined && !(out.fps > 0 && out.fps <= 240)) return '--fps must be a number between 0 and 240'
  if (out.durationMs !== undefined && !(out.durationMs > 0)) return '--duration must be a positive number of milliseconds'
  return out as Args
}

function checkProject(project: Project, args: Args): { profile: string; results: Result[] } {
  const profile = args.profile ?? project.qc.profile
  const locales = [project.sourceLocale, ...project.targetLocales.filter((l) => l !== project.sourceLocale)].filter((l) => !args.locale || l === args.locale)
  const results: Result[] = []
  for (const clip of project.clips) {
    const endCard = { ...project.endCard, ...(clip.endCard ?? {}) }
    const durationMs = clip.probe?.durationMs
    const endCardStartMs = endCard.enabled && durationMs !== undefined ? Math.max(0, durationMs - endCard.transition.durationMs) : undefined
    for (const locale of locales) {
      const cues = cuesForLocale(clip.track, locale === project.sourceLocale ? undefined : locale)
      const issues = runQc(cues, { profile, locale, fps: clip.probe?.fps, clipDurationMs: durationMs, endCardStartMs })
      results.push({ clipId: clip.id, locale, issues, starts: new Map(cues.map((c) => [c.id, c.startMs])) })
    }
  }
  return { profile, results }
}

export const qcCommand: Command = {
  name: 'qc',
  summary: 'Subtitle quality checks (line length, reading speed, timing, overlaps) per clip and locale',
  usage: USAGE,
  async run(rawArgs, io) {
    const args = parseArgs(rawArgs)
    if (typeof args === 'string') {
      io.stderr.write(`kindframe qc: ${args}\n\n${USAGE}\n`)
      return EXIT.usage
    }
    let checked: { profile: string; results: Result[] }
    if (args.path.endsWith('.kindframe') || args.path.endsWith('.json')) {
      const { project } = await openProject(args.path)
      checked = checkProject(project, args)
    } else {
      const file = await readSubtitleInput(args.path, io)
      const profile = args.profile ?? 'social'
      const locale = args.locale ?? 'en'
      const issues = runQc(file.cues, { profile, locale, fps: args.fps, clipDurationMs: args.durationMs })
      checked = { profile, results: [{ clipId: args.path, locale, issues, starts: new Map(file.cues.map((c) => [c.id, c.startMs])) }] }
    }
    const summary = countBySeverity(checked.results.flatMap((r) => r.issues))
    if (args.format === 'json') {
      const results = checked.results.map(({ clipId, locale, issues }) => ({ clipId, locale, issues }))
      io.stdout.write(`${JSON.stringify({ profile: checked.profile, results, summary }, null, 2)}\n`)
    } else {
      for (const r of checked.results) {
        for (const i of r.issues) io.stdout.write(safeText(`${r.clipId} [${r.locale}] ${formatTimecode(r.starts.get(i.cueId) ?? 0)} ${i.cueId}: ${i.severity} ${i.message} (${i.ruleId})\n`))
      }
      io.stdout.write(`${summary.error} error(s), ${summary.warning} warning(s) in ${checked.results.length} clip/locale track(s), profile ${checked.profile}\n`)
    }
    return summary.error > 0 ? EXIT.failed : EXIT.ok
  }
}
