// Placeholder: the lint feature replaces this with the real panel.
export function LintPanel() {
  return null
}
