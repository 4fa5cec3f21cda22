import type { Preset } from './presets'
import { OUTPUT_COLOR } from './hdr'

/**
 * Pure: does an encoded file meet its preset? Every check is reported (name, ok, detail) so the
 * manifest can prove what was verified, not just that "it passed".
 */
export interface OutputProbe {
  video?: {
    codec: string
    profile?: string
    width: number
    height: number
    pixFmt?: string
    frameRate?: string
    durationMs?: number
    /** ffprobe's color_primaries / color_transfer / color_space / color_range. */
    color?: { primaries?: string; transfer?: string; space?: string; range?: string }
  }
  audio?: { codec: string; sampleRate: number; channels: number; durationMs?: number }
  sizeBytes: number
  /** Top-level MP4 boxes in file order, e.g. ["ftyp","moov","free","mdat"]. */
  boxOrder: string[]
}

export interface Check {
  name: string
  ok: boolean
  detail?: string
}

/** AAC frames are 1024 samples; the encoder's priming/padding may add about one of them. */
const AUDIO_SLACK_MS = 1024 / 48
const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail })

export function checkOutput(p: OutputProbe, preset: Preset, expectedDurationMs: number): Check[] {
  const frameMs = 1000 / preset.fps
  const v = p.video
  const a = p.audio
  const checks: Check[] = [
    check('video-stream', !!v, v ? 'present' : 'missing'),
    check(
      'size',
      !!v && v.width === preset.width && v.height === preset.height,
      v ? `${v.width}×${v.height} (want ${preset.width}×${preset.height})` : '-'
    ),
    check('video-codec', v?.codec === preset.video.codec, `${v?.codec ?? '-'} (want ${preset.video.codec})`),
    check(
      'profile',
      (v?.profile ?? '').toLowerCase() === preset.video.profile,
      `${v?.profile ?? '-'} (want ${preset.video.profile})`
    ),
    check('pix-fmt', v?.pixFmt === preset.video.pixFmt, `${v?.pixFmt ?? '-'} (want ${preset.video.pixFmt})`),
    check('fps', v?.frameRate === `${preset.fps}/1`, `${v?.frameRate ?? '-'} (want ${preset.fps}/1)`),
    colorCheck(v?.color),
    check('audio-stream', !!a, a ? 'present' : 'missing'),
    check('audio-codec', a?.codec === preset.audio.codec, `${a?.codec ?? '-'} (want ${preset.audio.codec})`),
    check(
      'audio-rate',
      a?.sampleRate === preset.audio.sampleRate,
      `${a?.sampleRate ?? '-'} Hz (want ${preset.audio.sampleRate})`
    ),
    check(
      'audio-channels',
      a?.channels === preset.audio.channels,
      `${a?.channels ?? '-'} (want ${preset.audio.channels})`
    )
  ]
  const vd = v?.durationMs
  checks.push(
    check(
      'duration',
      vd !== undefined && Math.abs(vd - expectedDurationMs) <= frameMs + 0.5,
      `${vd === undefined ? '-' : Math.round(vd)} ms (want ${Math.round(expectedDurationMs)} ± 1 frame)`
    )
  )
  const ad = a?.durationMs
  checks.push(
    check(
      'audio-duration',
      ad !== undefined && Math.abs(ad - expectedDurationMs) <= frameMs + AUDIO_SLACK_MS + 0.5,
      `${ad === undefined ? '-' : Math.round(ad)} ms (want ${Math.round(expectedDurationMs)})`
    )
  )
  if (preset.faststart) {
    const moov = p.boxOrder.indexOf('moov')
    const mdat = p.boxOrder.indexOf('mdat')
    checks.push(check('faststart', moov >= 0 && mdat >= 0 && moov < mdat, `boxes: ${p.boxOrder.join(',')}`))
  }
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`
  checks.push(
    check(
      'file-size',
      p.sizeBytes <= preset.limits.maxSizeBytes,
      `${mb(p.sizeBytes)} (limit ${mb(preset.limits.maxSizeBytes)})`
    )
  )
  return checks
}

/** SDR BT.709, tagged: an untagged or BT.2020/HLG-tagged file plays with wrong colours somewhere. */
function colorCheck(c: NonNullable<OutputProbe['video']>['color'] | undefined): Check {
  const want = OUTPUT_COLOR
  const got = `${c?.primaries ?? '-'}/${c?.transfer ?? '-'}/${c?.space ?? '-'}/${c?.range ?? '-'}`
  const ok =
    c?.primaries === want.primaries &&
    c?.transfer === want.transfer &&
    c?.space === want.space &&
    c?.range === want.range
  return check('color', ok, `${got} (want ${want.primaries}/${want.transfer}/${want.space}/${want.range})`)
}

export function failedChecks(checks: Check[]): Check[] {
  return checks.filter((c) => !c.ok)
}

/** "30/1" → "30/1", "60000/1001" kept as is; ffprobe's r_frame_rate is already a reduced fraction. */
export function msFromSeconds(s: string | number | undefined): number | undefined {
  const n = Number(s)
  return s === undefined || !Number.isFinite(n) ? undefined : n * 1000
}
