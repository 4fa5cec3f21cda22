import { EXIT, type Command } from '../command'
import { defineCommand, parseCommandArgs, usageText, UsageError } from '../args'
import { KindframeError } from '../../shared/errors'
import { isValidLocaleTag } from '../../shared/locales'
import { formatReport } from '../../shared/subtitles/report'
import { safeText } from '../../shared/safe-text'
import { refusedReport } from '../subtitle-input'
import { applyTranslations, withSourceCues } from '../../shared/subtitles/translations'
import { importSubtitleFile, importTranslationFile } from '../../main/services/subtitles'
import { openProject, saveProject } from '../../main/services/project/store'

const SPEC = defineCommand({
  name: 'import-subtitles',
  synopsis: '<project.kindframe> <clip-id> <file.srt|vtt|ass> [--locale L] [options]',
  description: `Reads a subtitle file into a clip, as the studio's Subtitles and Translate tabs do.
  In the source locale (the default): the file becomes the clip's subtitle track.
  In a target locale: each translated cue is placed on the source cue it overlaps most (status
  draft); cues that land on no source cue are listed. A new locale is added to the project's targets.`,
  options: {
    locale: { type: 'string', arg: 'L', help: "the file's language (default: the project's source locale)" },
    encoding: {
      type: 'string',
      arg: 'X',
      help: "the file's text encoding when detection guesses wrong (e.g. windows-1256)"
    },
    overwrite: { type: 'boolean', help: 'replace existing cues / translations (otherwise refused, nothing written)' },
    json: { type: 'boolean', help: 'print {"clipId", "locale", "cues" | "translated", "unmatched", "report"}' }
  },
  exitCodes: `0 imported · 2 usage · 3 unreadable file or unknown clip · 5 would replace existing
subtitles without --overwrite, or the project changed on disk meanwhile`
})

export const importSubtitlesCommand: Command = {
  name: 'import-subtitles',
  summary: 'read an SRT/WebVTT/ASS file into a clip (source track or a translation)',
  usage: usageText(SPEC),
  async run(args, io) {
    const { values: f, positionals } = parseCommandArgs(SPEC, args)
    const [projectFile, clipId, file, extra] = positionals
    if (!projectFile || !clipId || !file || extra !== undefined)
      throw new UsageError('give the project, the clip id and one subtitle file')
    const opened = await openProject(projectFile)
    const { project } = opened
    const locale = f.locale ?? project.sourceLocale
    if (!isValidLocaleTag(locale)) throw new UsageError(`--locale "${locale}" is not a BCP-47 tag (e.g. ms, pt-BR)`)
    const clip = project.clips.find((c) => c.id === clipId)
    if (!clip)
      throw new KindframeError(
        'not-found',
        `Clip "${clipId}" is not in the project (clips: ${project.clips.map((c) => c.id).join(', ') || 'none'}).`
      )
    const overwrite = f.overwrite === true
    const encoding = f.encoding
    const json = f.json === true
    // A refused file (no usable cue…) still shows its import report, as lint, qc and convert do.
    const reportRefusal = (err: unknown): never => {
      const report = refusedReport(err)
      if (report) for (const line of formatReport(report, file)) io.stderr.write(`${line}\n`)
      throw err
    }
    let next = clip
    let summary: Record<string, unknown>
    if (locale === project.sourceLocale) {
      const r = await importSubtitleFile(file, { encoding }).catch(reportRefusal)
      if (clip.track.cues.length && !overwrite) {
        throw new KindframeError(
          'exists',
          `Clip "${clipId}" already has ${clip.track.cues.length} subtitle cues; not replacing them (use --overwrite; translations of cues that no longer exist are dropped).`
        )
      }
      for (const line of formatReport(r.report, file)) io.stderr.write(`${line}\n`)
      next = { ...clip, track: withSourceCues(clip.track, r.cues) }
      summary = { clipId, locale, cues: r.cues.length, format: r.format, encoding: r.encoding, report: r.report }
      if (!json)
        io.stdout.write(
          safeText(
            `${r.cues.length} cues read from ${file} (${r.format.toUpperCase()}, ${r.encoding}) into "${clip.title}" [${locale}].\n`
          )
        )
    } else {
      if (!clip.track.cues.length)
        throw new KindframeError(
          'invalid-input',
          `Clip "${clipId}" has no source subtitles yet: import the ${project.sourceLocale} track first, then its translations.`
        )
      const r = await importTranslationFile(file, clip.track.cues, { encoding }).catch(reportRefusal)
      const existing = clip.track.translations[locale] ?? {}
      const replaced = Object.keys(r.translations).filter(
        (id) => existing[id] && existing[id].status !== 'missing' && existing[id].text.trim()
      )
      if (replaced.length && !overwrite) {
        throw new KindframeError(
          'exists',
          `${replaced.length} cue${replaced.length === 1 ? '' : 's'} of "${clipId}" already have a ${locale} translation; not replacing them (use --overwrite).`
        )
      }
      for (const line of formatReport(r.report, file)) io.stderr.write(`${line}\n`)
      next = { ...clip, track: applyTranslations(clip.track, locale, r.translations) }
      const translated = Object.keys(r.translations).length
      summary = {
        clipId,
        locale,
        translated,
        untranslated: r.untranslated,
        unmatched: r.unmatched.map((u) => ({ text: u.cue.text, startMs: u.cue.startMs, reason: u.reason })),
        report: r.report
      }
      if (!json) {
        io.stdout.write(
          safeText(
            `${translated} of ${clip.track.cues.length} cues of "${clip.title}" translated into ${locale} (draft) from ${file}.\n`
          )
        )
        for (const u of r.unmatched)
          io.stderr.write(`  not placed (${u.reason}): “${u.cue.text.replace(/\s+/g, ' ')}”\n`)
        if (r.untranslated.length)
          io.stdout.write(`  still without a ${locale} translation: ${r.untranslated.length} cue(s)\n`)
      }
    }
    const targets =
      locale === project.sourceLocale || project.targetLocales.includes(locale)
        ? project.targetLocales
        : [...project.targetLocales, locale]
    if (targets !== project.targetLocales && !json)
      io.stdout.write(`  ${locale} added to the project's target languages.\n`)
    await saveProject(
      opened.path,
      { ...project, targetLocales: targets, clips: project.clips.map((c) => (c.id === clipId ? next : c)) },
      { baseFingerprint: opened.fingerprint }
    )
    if (json) io.stdout.write(JSON.stringify(summary) + '\n')
    return EXIT.ok
  }
}
