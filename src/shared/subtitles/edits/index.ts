export * from './cue-edits'
export { autoLineBreak, type LineBreakOptions } from './line-break'
export { editSourceTrack, mergeSourceCues } from './track-edits'
