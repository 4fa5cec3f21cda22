import type { FitMode } from '../../../../shared/project/schema'

/** A rectangle in percent of the stage (so the same layout works at any stage size). */
export interface PercentRect {
  left: number
  top: number
  width: number
  height: number
}

export interface FitLayout {
  /** Where the video itself is drawn. */
  main: PercentRect
  /** The blurred cover copy behind it (blur mode only). */
  background: PercentRect | null
}

export interface SourceGeometry {
  width: number
  height: number
  rotation?: number
  /** Sample aspect ratio: non-square pixels are stretched to their display width, as the export does. */
  sar?: number
}

/** Display size after SAR and rotation: what ffmpeg's autorotate + setsar=1 scale produce. */
export function displaySize(src: SourceGeometry): { width: number; height: number } {
  const width = src.width * (src.sar ?? 1)
  const quarterTurn = Math.abs((src.rotation ?? 0) % 180) === 90
  return quarterTurn ? { width: src.height, height: width } : { width, height: src.height }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

function centred(scale: number, w: number, h: number, frameW: number, frameH: number): PercentRect {
  const width = (w * scale) / frameW
  const height = (h * scale) / frameH
  return {
    left: round(((1 - width) / 2) * 100),
    top: round(((1 - height) / 2) * 100),
    width: round(width * 100),
    height: round(height * 100)
  }
}

/**
 * The same fit the export applies (scale to fit + pad, scale to cover + crop, or fit over a blurred
 * cover copy), as percent rectangles of the frame. Keeping it pure lets the player and the tests agree
 * with the export's filter maths.
 */
export function fitLayout(fit: FitMode, src: SourceGeometry, frame: { width: number; height: number }): FitLayout {
  const { width, height } = displaySize(src)
  const contain = Math.min(frame.width / width, frame.height / height)
  const cover = Math.max(frame.width / width, frame.height / height)
  if (fit === 'crop') return { main: centred(cover, width, height, frame.width, frame.height), background: null }
  const main = centred(contain, width, height, frame.width, frame.height)
  return { main, background: fit === 'blur' ? centred(cover, width, height, frame.width, frame.height) : null }
}

export function rectStyle(r: PercentRect): { left: string; top: string; width: string; height: string } {
  return { left: `${r.left}%`, top: `${r.top}%`, width: `${r.width}%`, height: `${r.height}%` }
}
