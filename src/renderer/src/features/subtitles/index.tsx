// Placeholder: the subtitles feature replaces this with the real panel.
export function SubtitlesPanel() {
  return null
}
