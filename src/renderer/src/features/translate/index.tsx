// Placeholder: the translate feature replaces this with the real panel.
export function TranslatePanel() {
  return null
}
