// Placeholder: the timeline feature replaces this with the real panel.
export function TimelinePanel() {
  return null
}
