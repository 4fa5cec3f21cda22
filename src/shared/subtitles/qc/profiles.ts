import type { QcLimits, QcProfile } from './types'

/*
 * QC profiles as data. Values follow the public guidelines they are named after, simplified:
 * - netflix: Netflix Timed Text Style Guide (English): 42 chars/line, 2 lines, 17 cps (adult is 20; 17 is
 *   the common conservative setting and the default), 5/6 s min (833 ms), 7 s max, 2-frame gap.
 *   Japanese 13 full-width chars (= width 26) at 4 cps, Chinese 16 (= 32) at 9 cps, Korean 16 (= 32) at 12 cps.
 * - bbc: BBC Subtitle Guidelines: 37 chars (≈68% of a 16:9 frame in Teletext-sized text), 2 lines,
 *   160–180 wpm ≈ 15 cps, ~1 s minimum, 7 s max.
 * - social: vertical 9:16 video (TikTok/Reels): narrow lines (32), up to 3 lines, faster reading allowed
 *   (21 cps — short-form viewers re-watch), shorter cues (6 s max, 700 ms min), 1-frame gap.
 */
const CJK_NETFLIX: Record<string, Partial<QcLimits>> = {
  ja: { maxCpl: 26, maxCps: 4 },
  zh: { maxCpl: 32, maxCps: 9 },
  ko: { maxCpl: 32, maxCps: 12 }
}

export const QC_PROFILES: Record<string, QcProfile> = {
  netflix: {
    id: 'netflix',
    label: 'Netflix-like',
    limits: { maxCpl: 42, maxLines: 2, maxCps: 17, minDurationMs: 833, maxDurationMs: 7000, minGapFrames: 2 },
    locales: CJK_NETFLIX
  },
  bbc: {
    id: 'bbc',
    label: 'BBC-like',
    limits: { maxCpl: 37, maxLines: 2, maxCps: 15, minDurationMs: 1000, maxDurationMs: 7000, minGapFrames: 2 },
    locales: { ja: { maxCpl: 24, maxCps: 4 }, zh: { maxCpl: 28, maxCps: 8 }, ko: { maxCpl: 28, maxCps: 10 } }
  },
  social: {
    id: 'social',
    label: 'Social / TikTok (9:16)',
    limits: { maxCpl: 32, maxLines: 3, maxCps: 21, minDurationMs: 700, maxDurationMs: 6000, minGapFrames: 1 },
    locales: { ja: { maxCpl: 20, maxCps: 6 }, zh: { maxCpl: 24, maxCps: 11 }, ko: { maxCpl: 24, maxCps: 14 } }
  }
}

export const DEFAULT_QC_PROFILE = 'social'

/** Limits for a profile and locale ("ja-JP" uses the "ja" overrides). Unknown profile ids fall back to the default. */
export function limitsFor(profile: string | QcProfile, locale = 'en'): QcLimits {
  const p = typeof profile === 'string' ? (QC_PROFILES[profile] ?? QC_PROFILES[DEFAULT_QC_PROFILE]) : profile
  const lang = locale.toLowerCase().split(/[-_]/)[0]
  return { ...p.limits, ...(p.locales[lang] ?? {}) }
}
