import type { SubtitleStyle } from '../project/schema'
import type { CaptionOptions, CaptionPresetName } from './style-schema'

/**
 * The shipped looks, as data. Sizes are relative, so each preset fits any preset frame: at 1080×1920
 * 5 % of the height is a 96 px ASS size (~63 px letters), large enough to read on a phone at arm's length.
 */

const SHARED: CaptionOptions = {
  fontFamily: 'Noto Sans',
  fontWeight: 400,
  sizePct: 64 / 19.2,
  textColor: '#FFFFFF',
  outlineColor: '#000000',
  outlinePct: 6.25,
  shadowColor: '#000000',
  shadowPct: 0,
  box: false,
  boxColor: '#000000',
  boxOpacity: 100,
  boxPaddingPct: 18,
  highlightColor: '#FFE14D',
  spokenColor: '#FFFFFF',
  upcomingColor: '#FFFFFF',
  highlightScale: 100,
  highlightBox: false,
  highlightBoxColor: '#7C3AED',
  align: 'center',
  position: 'lower',
  maxLines: 2,
  maxCharsPerLine: 42,
  uppercase: false,
  speakerColors: {},
  // Distinct on dark and light video, and distinct from each other for the common colour-vision deficiencies.
  speakerPalette: ['#FFE14D', '#4DD2FF', '#FF8A65', '#B9F27C', '#F48FB1', '#FFFFFF'],
  fontFallback: {}
}

export const CAPTION_PRESETS: Readonly<Record<Exclude<CaptionPresetName, 'classic'>, CaptionOptions>> = {
  boxed: {
    ...SHARED,
    fontWeight: 700,
    sizePct: 4.2,
    outlinePct: 0,
    box: true,
    boxColor: '#000000',
    boxOpacity: 70,
    boxPaddingPct: 22,
    maxCharsPerLine: 32
  },
  'bold-outline': {
    ...SHARED,
    fontWeight: 900,
    sizePct: 5.2,
    outlinePct: 12,
    shadowPct: 6,
    maxCharsPerLine: 24,
    uppercase: true
  },
  highlight: {
    ...SHARED,
    fontWeight: 900,
    sizePct: 5,
    outlinePct: 10,
    shadowPct: 4,
    maxCharsPerLine: 24,
    highlightColor: '#FFE14D',
    spokenColor: '#FFFFFF',
    upcomingColor: '#D9D9D9',
    highlightScale: 100
  },
  'speaker-colors': { ...SHARED, fontWeight: 700, sizePct: 4.4, outlinePct: 9, shadowPct: 3, maxCharsPerLine: 30 }
}

/**
 * Classic as data: today's look, taken from the project's SubtitleStyle. A project that picks Classic
 * without options renders through the original path (byte-identical ASS); this is what the style
 * editor shows and what Classic with overrides starts from.
 */
export function classicOptions(style: SubtitleStyle, frameHeight = 1920): CaptionOptions {
  return {
    ...SHARED,
    fontFamily: style.fontFamily,
    sizePct: (style.fontSizePx / frameHeight) * 100,
    textColor: style.primaryColor.toUpperCase(),
    outlineColor: style.outlineColor.toUpperCase(),
    outlinePct: style.fontSizePx ? (style.outlinePx / style.fontSizePx) * 100 : 0,
    box: style.box,
    boxColor: style.boxColor.toUpperCase(),
    position: style.position === 'bottom' ? 'lower' : style.position === 'top' ? 'upper' : 'middle'
  }
}
