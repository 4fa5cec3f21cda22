import { safeText } from '../../shared/safe-text'
import { EXIT, type Command } from '../command'
import { formatTimecode } from '../../shared/time'
import { isValidLocaleTag } from '../../shared/locales'
import type { Project } from '../../shared/project/schema'
import { countBySeverity, QC_PROFILES, runQc, type QcIssue } from '../../shared/subtitles/qc'
import { cuesForLocale } from '../../shared/subtitles/translations'
import { openProject } from '../../main/services/project/store'
import { readSubtitleInput } from '../subtitle-input'
import { defineCommand, parseCommandArgs, usageText, UsageError } from '../args'

const SPEC = defineCommand({
  name: 'qc',
  synopsis:
    '<project.kindframe | subtitles.srt|vtt|ass> [--profile P] [--locale L] [--format text|json] [--fps N] [--duration MS]',
  description: `Subtitle quality checks: characters per line, lines, reading speed, min/max duration, gaps,
overlaps, empty cues, cues outside the clip or under the end card.
Profiles: ${Object.values(QC_PROFILES)
    .map((p) => `${p.id} (${p.label})`)
    .join(', ')}.

  A project checks every clip × (source + target locales), with the project's qc.profile, each clip's
  probed fps and duration and its end card. --locale limits it to one locale.
  A subtitle file is checked with --locale (default en), --fps (default 30), --duration (optional).`,
  options: {
    profile: {
      type: 'string',
      arg: 'P',
      help: `${Object.keys(QC_PROFILES).join(' | ')} (default: the project's, or social for a file)`
    },
    locale: { type: 'string', arg: 'L', help: "the one locale to check (a project) or the file's locale (default en)" },
    format: {
      type: 'string',
      arg: 'F',
      help: `text   clip [locale] time cue: severity message (ruleId)   (default)
json   {profile, results:[{clipId, locale, issues}], summary:{error, warning, info}}`
    },
    fps: { type: 'string', arg: 'N', help: "frame rate of a subtitle file's video (default 30)" },
    duration: { type: 'string', arg: 'MS', help: "length of a subtitle file's video, in milliseconds (optional)" }
  },
  notes: `A subtitle file is read by the same reader as convert and lint: its import report (lines dropped,
repaired or guessed) goes to stderr, and the same bad files are refused.`,
  exitCodes:
    '0 no errors (warnings allowed) · 1 errors found · 2 usage · 3 bad input (missing, empty, binary or image file, no usable cue)'
})

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

function qcArgs(args: string[]): Args {
  const { values, positionals } = parseCommandArgs(SPEC, args)
  const [path, second] = positionals
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format "${format}" (text or json)`)
  if (second !== undefined) throw new UsageError(`one input only (got "${path}" and "${second}")`)
  if (!path) throw new UsageError('missing input: a .kindframe project or a subtitle file')
  const { profile, locale } = values
  const fps = values.fps === undefined ? undefined : Number(values.fps)
  const durationMs = values.duration === undefined ? undefined : Number(values.duration)
  if (profile !== undefined && !QC_PROFILES[profile])
    throw new UsageError(`unknown --profile "${profile}" (${Object.keys(QC_PROFILES).join(', ')})`)
  if (locale !== undefined && !isValidLocaleTag(locale))
    throw new UsageError(`--locale "${locale}" is not a BCP-47 tag (e.g. en, pt-BR)`)
  if (fps !== undefined && !(fps > 0 && fps <= 240)) throw new UsageError('--fps must be a number between 0 and 240')
  if (durationMs !== undefined && !(durationMs > 0))
    throw new UsageError('--duration must be a positive number of milliseconds')
  return { path, profile, locale, format, fps, durationMs }
}

function checkProject(project: Project, args: Args): { profile: string; results: Result[] } {
  const profile = args.profile ?? project.qc.profile
  const locales = [project.sourceLocale, ...project.targetLocales.filter((l) => l !== project.sourceLocale)].filter(
    (l) => !args.locale || l === args.locale
  )
  const results: Result[] = []
  for (const clip of project.clips) {
    const endCard = { ...project.endCard, ...(clip.endCard ?? {}) }
    const durationMs = clip.probe?.durationMs
    const endCardStartMs =
      endCard.enabled && durationMs !== undefined ? Math.max(0, durationMs - endCard.transition.durationMs) : undefined
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
  usage: usageText(SPEC),
  async run(rawArgs, io) {
    const args = qcArgs(rawArgs)
    let checked: { profile: string; results: Result[] }
    if (args.path.endsWith('.kindframe') || args.path.endsWith('.json')) {
      const { project } = await openProject(args.path)
      checked = checkProject(project, args)
    } else {
      const file = await readSubtitleInput(args.path, io)
      const profile = args.profile ?? 'social'
      const locale = args.locale ?? 'en'
      const issues = runQc(file.cues, { profile, locale, fps: args.fps, clipDurationMs: args.durationMs })
      checked = {
        profile,
        results: [{ clipId: args.path, locale, issues, starts: new Map(file.cues.map((c) => [c.id, c.startMs])) }]
      }
    }
    const summary = countBySeverity(checked.results.flatMap((r) => r.issues))
    if (args.format === 'json') {
      const results = checked.results.map(({ clipId, locale, issues }) => ({ clipId, locale, issues }))
      io.stdout.write(`${JSON.stringify({ profile: checked.profile, results, summary }, null, 2)}\n`)
    } else {
      for (const r of checked.results) {
        for (const i of r.issues)
          io.stdout.write(
            safeText(
              `${r.clipId} [${r.locale}] ${formatTimecode(r.starts.get(i.cueId) ?? 0)} ${i.cueId}: ${i.severity} ${i.message} (${i.ruleId})\n`
            )
          )
      }
      io.stdout.write(
        `${summary.error} error(s), ${summary.warning} warning(s) in ${checked.results.length} clip/locale track(s), profile ${checked.profile}\n`
      )
    }
    return summary.error > 0 ? EXIT.failed : EXIT.ok
  }
}
