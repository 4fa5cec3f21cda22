// Placeholder: the script feature replaces this with the real panel.
export function ScriptPanel() {
  return null
}
