import type { FitMode } from '../project/schema'

/**
 * Pure builders for the "fit the source into the preset frame" filter chains. Each returns a
 * filtergraph fragment from input label to output label. ffmpeg autorotates on decode (the
 * runner passes -autorotate explicitly), so the dimensions here are already the upright ones.
 */
export interface FitInput {
  mode: FitMode
  width: number
  height: number
  fps: number
  /** Source sample aspect ratio; anamorphic sources are squared first so aspect maths is right. */
  sar: number
  /** #RRGGBB, used by pad. */
  padColor: string
  /** Blurred background: the blur runs at 1/BLUR_DOWNSCALE size, which looks the same and is far cheaper. */
  inLabel: string
  outLabel: string
  /** HDR sources: the tone-mapping chain (hdr.ts toneMapFilter), run right after the frame-rate step, before any fitting. */
  toneMap?: string
}

const BLUR_DOWNSCALE = 4

export function ffmpegColor(hex: string): string {
  return `0x${hex.replace('#', '').toUpperCase()}`
}

/** Frame-rate conversion first (drops 60→30 frames before any scaling), then square pixels. */
function prelude(f: FitInput): string[] {
  const steps = [`fps=${f.fps}`]
  if (f.toneMap) steps.push(f.toneMap)
  if (Math.abs(f.sar - 1) > 1e-6) steps.push('scale=w=trunc(iw*sar/2)*2:h=trunc(ih/2)*2', 'setsar=1')
  return steps
}

const cover = (w: number, h: number) => `scale=${w}:${h}:force_original_aspect_ratio=increase,crop=${w}:${h}`
const contain = (w: number, h: number) => `scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2`
const finish = 'setsar=1,format=yuv420p'

export function fitFilter(f: FitInput): string {
  const { width: w, height: h } = f
  const pre = prelude(f).join(',')
  switch (f.mode) {
    case 'crop':
      return `[${f.inLabel}]${pre},${cover(w, h)},${finish}[${f.outLabel}]`
    case 'pad':
      return `[${f.inLabel}]${pre},${contain(w, h)},pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=${ffmpegColor(f.padColor)},${finish}[${f.outLabel}]`
    case 'blur': {
      const bw = even(w / BLUR_DOWNSCALE)
      const bh = even(h / BLUR_DOWNSCALE)
      const bg = `${f.outLabel}_bg`
      const fg = `${f.outLabel}_fg`
      return [
        `[${f.inLabel}]${pre},split=2[${bg}][${fg}]`,
        `[${bg}]${cover(bw, bh)},boxblur=10:2,scale=${w}:${h},setsar=1[${bg}b]`,
        `[${fg}]${contain(w, h)},setsar=1[${fg}s]`,
        `[${bg}b][${fg}s]overlay=x=(W-w)/2:y=(H-h)/2,${finish}[${f.outLabel}]`
      ].join(';')
    }
  }
}

function even(n: number): number {
  return Math.max(2, Math.round(n / 2) * 2)
}
