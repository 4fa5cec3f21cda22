// Placeholder: the player feature replaces this with the real panel.
export function PlayerPanel() {
  return null
}
