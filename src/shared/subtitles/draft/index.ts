export { splitScriptIntoChunks, type ChunkOptions } from './script-chunks'
export { parseSilenceDetect, speechSegments, type Silence, type SilenceReport, type Segment } from './silence'
export { distributeChunks } from './distribute'
