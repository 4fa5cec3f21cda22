import { assFilter } from './filter-escape'
import { ffmpegColor, fitFilter } from './fit'
import { applyFilter } from './loudness'
import { effectiveTransitionMs, outputDurationMs, type EndCardPlan, type ExportPlan } from './plan'
import { outputColorArgs, toneMapFilter } from './hdr'

/**
 * ExportPlan → ffmpeg argv. Pure and deterministic, tested as exact arrays. One process: decode and
 * fit once, join the end card with xfade/acrossfade, then split into one `ass` + encoder per locale.
 */
export function buildExportArgs(plan: ExportPlan): string[] {
  const inputs: string[] = ['-autorotate', '1', '-i', plan.sourcePath]
  let nextInput = 1
  let lastFrameInput: number | undefined
  let photoInput: number | undefined
  const card = plan.endCard
  if (card?.background.kind === 'blur-last-frame') {
    // Only the last half second is decoded again, for the card's blurred still.
    inputs.push('-autorotate', '1', '-sseof', '-0.5', '-i', plan.sourcePath)
    lastFrameInput = nextInput++
  }
  if (card?.photo) {
    const t = seconds(card.durationMs)
    if (card.photo.isImage)
      inputs.push('-loop', '1', '-framerate', String(plan.preset.fps), '-t', t, '-i', card.photo.path)
    else inputs.push('-stream_loop', '-1', '-t', t, '-i', card.photo.path)
    photoInput = nextInput++
  }

  const graph = [...videoGraph(plan, lastFrameInput, photoInput), ...audioGraph(plan)]
  const args = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-progress', 'pipe:1', '-nostats', ...inputs]
  args.push('-filter_complex', graph.join(';'))
  plan.outputs.forEach((out, i) => {
    args.push('-map', `[v${i}]`, '-map', `[a${i}]`, ...encoderArgs(plan), out.partialPath)
  })
  return args
}

export function encoderArgs(plan: ExportPlan): string[] {
  const { preset } = plan
  const v = preset.video
  const a = preset.audio
  return [
    '-c:v',
    'libx264',
    '-preset',
    v.speed,
    '-profile:v',
    v.profile,
    '-pix_fmt',
    v.pixFmt,
    '-crf',
    String(v.crf),
    '-maxrate',
    `${v.maxrateKbps}k`,
    '-bufsize',
    `${v.bufsizeKbps}k`,
    // No -r: the graph already emits CFR at the preset rate, and -r makes ffmpeg 5.1 duplicate the
    // last frame (one frame too long).
    '-g',
    String(Math.round(v.gopSeconds * preset.fps)),
    '-fps_mode',
    'cfr',
    // Every output is SDR BT.709 (HDR sources are tone-mapped in the graph) and says so: players must
    // not guess, and the export check reads these tags back.
    ...outputColorArgs(),
    '-c:a',
    'aac',
    '-b:a',
    `${a.bitrateKbps}k`,
    '-ar',
    String(a.sampleRate),
    '-ac',
    String(a.channels),
    ...(preset.faststart ? ['-movflags', '+faststart'] : []),
    '-f',
    'mp4'
  ]
}

function videoGraph(plan: ExportPlan, lastFrameInput: number | undefined, photoInput: number | undefined): string[] {
  const { preset } = plan
  const parts = [
    fitFilter({
      mode: plan.fit,
      width: preset.width,
      height: preset.height,
      fps: preset.fps,
      sar: plan.sar,
      padColor: plan.padColor,
      inLabel: '0:v',
      outLabel: 'clip',
      ...(plan.hdr ? { toneMap: toneMapFilter(plan.hdr) } : {})
    })
  ]
  // ffmpeg 5.1's xfade skips one frame at the end of the transition and can emit one past the end;
  // trimming by time and letting -fps_mode cfr fill the hole gives exactly the planned frame count.
  const exactLength = `trim=duration=${seconds(outputDurationMs(plan))}`
  let joined: string
  if (plan.endCard) {
    parts.push(...cardGraph(plan, plan.endCard, lastFrameInput, photoInput))
    const t = effectiveTransitionMs(plan)
    parts.push(
      t > 0
        ? `[clip][card]xfade=transition=${plan.endCard.transition.kind}:duration=${seconds(t)}:offset=${seconds(plan.clipDurationMs - t)},${exactLength}[joined]`
        : `[clip][card]concat=n=2:v=1:a=0,${exactLength}[joined]`
    )
    joined = 'joined'
  } else {
    parts.push(`[clip]${exactLength}[joined]`)
    joined = 'joined'
  }
  const n = plan.outputs.length
  if (n === 1) {
    parts.push(`[${joined}]${assFilter(plan.outputs[0]!.assPath, plan.fontsDir)}[v0]`)
  } else {
    parts.push(`[${joined}]split=${n}${labels('s', n)}`)
    plan.outputs.forEach((out, i) => parts.push(`[s${i}]${assFilter(out.assPath, plan.fontsDir)}[v${i}]`))
  }
  return parts
}

function cardGraph(
  plan: ExportPlan,
  card: EndCardPlan,
  lastFrameInput: number | undefined,
  photoInput: number | undefined
): string[] {
  const { width: w, height: h, fps } = plan.preset
  const d = seconds(card.durationMs)
  const parts: string[] = []
  const bgLabel = card.photo ? 'cardbg' : 'card'
  if (card.background.kind === 'color') {
    parts.push(
      `color=c=${ffmpegColor(card.background.color)}:s=${w}x${h}:r=${fps}:d=${d},format=yuv420p,setsar=1[${bgLabel}]`
    )
  } else {
    // reverse on the last half second makes the final frame come first; it is then held for the card.
    // The last frame of an HDR clip is tone-mapped like the clip itself (one frame: cheap).
    const toneMap = plan.hdr ? `${toneMapFilter(plan.hdr)},` : ''
    parts.push(
      `[${lastFrameInput}:v]reverse,trim=end_frame=1,setpts=PTS-STARTPTS,${toneMap}` +
        `scale=${w / 4}:${h / 4}:force_original_aspect_ratio=increase,crop=${w / 4}:${h / 4},boxblur=10:2,scale=${w}:${h},` +
        `tpad=stop_mode=clone:stop_duration=${d},fps=${fps},trim=duration=${d},format=yuv420p,setsar=1[${bgLabel}]`
    )
  }
  if (card.photo) {
    const { x, y, size } = card.photo.rect
    const toneMap = card.photo.hdr ? `${toneMapFilter(card.photo.hdr)},` : ''
    parts.push(
      `[${photoInput}:v]${toneMap}scale=${size}:${size}:force_original_aspect_ratio=increase,crop=${size}:${size},setsar=1,fps=${fps}[photo]`
    )
    parts.push(`[cardbg][photo]overlay=x=${x}:y=${y}:eof_action=repeat,format=yuv420p,setsar=1[card]`)
  }
  return parts
}

function audioGraph(plan: ExportPlan): string[] {
  const { audio } = plan.preset
  const clipS = seconds(plan.clipDurationMs)
  const silence = `anullsrc=r=${audio.sampleRate}:cl=stereo`
  const normalise = `aresample=${audio.sampleRate},aformat=sample_fmts=fltp:sample_rates=${audio.sampleRate}:channel_layouts=stereo`
  const n = plan.outputs.length
  const last = n === 1 ? 'a0' : 'amix'
  const clipAudio = plan.endCard ? 'aclip' : last
  const parts: string[] = []
  if (plan.hasAudio) {
    // loudnorm resamples to 192 kHz internally; aresample brings it back. apad+atrim makes the audio
    // exactly as long as the video part so the card's crossfade starts in sync.
    const loud = plan.loudness ? `${applyFilter(plan.preset.loudness, plan.loudness)},` : ''
    parts.push(`[0:a]${loud}${normalise},apad,atrim=duration=${clipS}[${clipAudio}]`)
  } else {
    parts.push(`${silence},atrim=duration=${clipS}[${clipAudio}]`)
  }
  if (plan.endCard) {
    parts.push(`${silence},atrim=duration=${seconds(plan.endCard.durationMs)}[acard]`)
    const t = effectiveTransitionMs(plan)
    parts.push(
      t > 0
        ? `[aclip][acard]acrossfade=d=${seconds(t)}:c1=tri:c2=tri[${last}]`
        : `[aclip][acard]concat=n=2:v=0:a=1[${last}]`
    )
  }
  if (n > 1) parts.push(`[amix]asplit=${n}${labels('a', n)}`)
  return parts
}

function labels(prefix: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `[${prefix}${i}]`).join('')
}

/** ms → seconds as a short decimal string ("1.5", "0.033"). */
export function seconds(ms: number): string {
  return String(Math.round(ms) / 1000)
}
