import { z } from 'zod'
import { SafeZone } from '../project/schema'

/**
 * Export presets are data: a new target (feed 4:5, a fast draft) is one more object here, validated
 * by the same schema, and every builder/verifier reads its numbers from the preset instead of
 * hard-coding TikTok's.
 */
export const X264Speed = z.enum(['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow'])

const even = z
  .number()
  .int()
  .positive()
  .refine((n) => n % 2 === 0, 'must be even (yuv420p needs even dimensions)')

export const Preset = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  width: even,
  height: even,
  /** Constant frame rate of the output (VFR and other rates are converted with the fps filter). */
  fps: z.number().int().min(1).max(120),
  video: z.object({
    codec: z.literal('h264'),
    profile: z.literal('high'),
    pixFmt: z.literal('yuv420p'),
    /** Quality: constant rate factor, capped by maxrate/bufsize (VBV) so bitrate peaks stay platform-safe. */
    crf: z.number().int().min(0).max(51),
    maxrateKbps: z.number().int().positive(),
    bufsizeKbps: z.number().int().positive(),
    /** Speed: x264 preset. */
    speed: X264Speed,
    /** Keyframe interval in seconds. */
    gopSeconds: z.number().positive()
  }),
  audio: z.object({
    codec: z.literal('aac'),
    sampleRate: z.literal(48000),
    channels: z.literal(2),
    bitrateKbps: z.number().int().positive()
  }),
  /** EBU R128 target applied with two-pass loudnorm. */
  loudness: z.object({ integrated: z.number().max(0), truePeak: z.number().max(0), lra: z.number().positive() }),
  /** moov atom before mdat so playback starts before the download finishes. */
  faststart: z.boolean(),
  safeZone: SafeZone,
  limits: z.object({
    warnDurationMs: z.number().int().positive(),
    maxDurationMs: z.number().int().positive(),
    /** Largest file the platform accepts; pre-flight estimates against it, verification measures it. */
    maxSizeBytes: z.number().int().positive()
  })
})
export type Preset = z.infer<typeof Preset>

const TIKTOK: Preset = {
  id: 'tiktok-9x16',
  label: 'TikTok 9:16 (1080×1920, 30 fps)',
  width: 1080,
  height: 1920,
  fps: 30,
  video: {
    codec: 'h264',
    profile: 'high',
    pixFmt: 'yuv420p',
    crf: 21,
    maxrateKbps: 10_000,
    bufsizeKbps: 20_000,
    speed: 'veryfast',
    gopSeconds: 2
  },
  audio: { codec: 'aac', sampleRate: 48000, channels: 2, bitrateKbps: 192 },
  loudness: { integrated: -14, truePeak: -1, lra: 11 },
  faststart: true,
  safeZone: { top: 150, bottom: 420, right: 140, left: 0 },
  // 287.6 MB: TikTok's in-app upload limit (iOS), the tightest of its upload paths.
  limits: { warnDurationMs: 60_000, maxDurationMs: 600_000, maxSizeBytes: 287_600_000 }
}

export const PRESETS: readonly Preset[] = [
  TIKTOK,
  {
    ...TIKTOK,
    id: 'draft-720x1280',
    label: 'Draft 9:16 (720×1280, fast)',
    // superfast, not ultrafast: ultrafast turns off CABAC/8x8dct, which makes the stream Constrained
    // Baseline whatever -profile:v says, and the verifier requires High.
    width: 720,
    height: 1280,
    video: { ...TIKTOK.video, crf: 28, maxrateKbps: 4000, bufsizeKbps: 8000, speed: 'superfast' },
    audio: { ...TIKTOK.audio, bitrateKbps: 128 },
    // Same proportions as the 1080×1920 insets, so a draft previews the real layout.
    safeZone: { top: 100, bottom: 280, right: 94, left: 0 }
  },
  {
    ...TIKTOK,
    id: 'feed-4x5',
    label: 'Feed 4:5 (1080×1350, 30 fps)',
    width: 1080,
    height: 1350,
    safeZone: { top: 0, bottom: 0, right: 0, left: 0 }
  }
].map((p) => Preset.parse(p))

export const DEFAULT_PRESET_ID = 'tiktok-9x16'

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}
