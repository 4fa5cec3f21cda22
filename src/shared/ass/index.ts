/** The ASS (libass) text generator: one entry point for the export engine and the studio player. */
export { buildAss, type AssCue, type AssEndCard, type AssInput } from './build-ass'
export { endCardLayout, type EndCardLayout, type EndCardLayoutKind } from './end-card-layout'
export { defaultEndCardMessage, normalizeHandle } from './end-card-messages'
export { escapeAssText, MAX_CUE_GRAPHEMES } from './escape-text'
export { formatAssTime, assColor } from './ass-format'
