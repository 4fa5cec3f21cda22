// Placeholder: the endcard feature replaces this with the real panel.
export function EndCardPanel() {
  return null
}
