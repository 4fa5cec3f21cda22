import { effectiveEndCard } from '../export/ass-input'
import { incompleteName, planOutputNames } from '../export/output-plan'
import { outputTimeline } from '../export/output-timeline'
import { lintProject } from '../lint'
import type { Project } from '../project/schema'
import { checkEndCard } from './checks/end-card'
import { checkFonts, outputGlyphUses } from './checks/fonts'
import { checkKindness } from './checks/kindness'
import { checkLimits } from './checks/limits'
import { checkMedia } from './checks/media'
import { checkOutputFile } from './checks/outputs'
import { checkQc } from './checks/qc'
import { checkTranslations } from './checks/translations'
import type { OutputContext } from './checks/context'
import { resolveBatchScope } from './scope'
import { outputVersionHash, projectContentHash } from './version-hash'
import type {
  OutputPreflight,
  OutputVerdict,
  PreflightFacts,
  PreflightProblem,
  PreflightReport,
  PreflightRequest,
  PreflightSummary
} from './types'

/**
 * Pre-flight of a batch: for every clip × locale output of the preset, what it would ship with and
 * whether it is ready. Pure: the disk is seen only through `facts` (main's preflightBatch gathers
 * them); a part of the facts that is missing skips its checks and `verified` says so.
 * Throws KindframeError for a request that cannot be a batch (unknown clip or preset, no clips).
 */
export function preflight(project: Project, req: PreflightRequest = {}, facts: PreflightFacts = {}): PreflightReport {
  const { preset, clips, locales } = resolveBatchScope(project, req)
  const overwrite = req.overwrite ?? false
  const planned = planOutputNames(project, clips, locales, preset.id)
  const lint = lintProject({ ...project, clips })
  const outputs: OutputPreflight[] = []
  for (const p of planned) {
    const clip = clips.find((c) => c.id === p.clipId)!
    const ctx: OutputContext = {
      project,
      clip,
      locale: p.locale,
      preset,
      facts,
      endCard: effectiveEndCard(project, clip),
      timeline: clip.probe ? outputTimeline(project, clip, clip.probe.durationMs, preset.fps) : null,
      lint,
      problems: []
    }
    const translation = checkTranslations(ctx)
    const qc = checkQc(ctx)
    const lintCounts = checkKindness(ctx)
    checkMedia(ctx)
    checkEndCard(ctx)
    checkFonts(ctx)
    const limits = checkLimits(ctx)
    const outputHash = outputVersionHash(project, clip, p.locale, preset)
    const incompleteRel = incompleteName(p.rel)
    const incomplete = ctx.problems.some((x) => x.blocks === 'content')
    checkOutputFile(ctx, { planned: p, incompleteRel, incomplete, outputHash, overwrite })
    outputs.push({
      clipId: p.clipId,
      clipTitle: p.clipTitle,
      locale: p.locale,
      rel: p.rel,
      incompleteRel,
      verdict: verdictOf(ctx.problems),
      problems: ctx.problems,
      counts: { cues: burnedCueCount(project, clip, p.locale), ...translation, qc, lint: lintCounts },
      durationMs: limits.durationMs,
      cardStartMs: ctx.timeline?.card?.startMs ?? null,
      maxBytes: limits.maxBytes,
      outputHash
    })
  }
  return {
    kind: 'kindframe-preflight',
    version: 1,
    presetId: preset.id,
    locales,
    overwrite,
    projectHash: projectContentHash(project),
    verified: { media: !!facts.media, fonts: !!facts.fonts, outputs: !!facts.outputs },
    outputs,
    summary: summarizeOutputs(outputs)
  }
}

export function verdictOf(problems: readonly PreflightProblem[]): OutputVerdict {
  if (problems.some((p) => p.blocks === 'output' || p.blocks === 'policy')) return 'blocked'
  if (problems.some((p) => p.blocks === 'content')) return 'incomplete'
  return 'ready'
}

export function summarizeOutputs(outputs: readonly OutputPreflight[]): PreflightSummary {
  const s: PreflightSummary = {
    total: outputs.length,
    ready: 0,
    incomplete: 0,
    blocked: 0,
    errors: 0,
    warnings: 0,
    reconsider: 0
  }
  for (const o of outputs) {
    s[o.verdict]++
    for (const p of o.problems) {
      if (p.severity === 'error') s.errors++
      else if (p.severity === 'warning') s.warnings++
      else if (p.severity === 'reconsider') s.reconsider++
    }
  }
  return s
}

/** Cues with text in this locale: what the output burns in (missing translations are left out). */
function burnedCueCount(project: Project, clip: Project['clips'][number], locale: string): number {
  if (locale === project.sourceLocale) return clip.track.cues.filter((c) => c.text.trim() !== '').length
  const byId = clip.track.translations[locale] ?? {}
  return clip.track.cues.filter((c) => byId[c.id] && byId[c.id].status !== 'missing' && byId[c.id].text.trim() !== '')
    .length
}

/**
 * Family → code points that the outputs of a batch burn in: what main needs to look up in the
 * system's fonts (for families Kindframe does not ship, and characters the shipped fonts lack).
 */
export function glyphNeeds(project: Project, req: PreflightRequest = {}): Map<string, Set<number>> {
  const { clips, locales } = resolveBatchScope(project, req)
  const needs = new Map<string, Set<number>>()
  for (const clip of clips) {
    for (const locale of locales) {
      for (const use of outputGlyphUses(project, clip, locale).values()) {
        const set = needs.get(use.family) ?? new Set<number>()
        for (const cp of use.codepoints.keys()) set.add(cp)
        needs.set(use.family, set)
      }
    }
  }
  return needs
}
