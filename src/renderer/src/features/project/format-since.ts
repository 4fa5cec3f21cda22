/** "14:02" for today, "21/11/2026, 14:02" before (in the UI language, 24-hour like the autosave clock): when the other window opened it. */
export function formatSince(iso: string, locale: string, now = new Date()): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const today = d.toDateString() === now.toDateString()
  return today
    ? d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    : d.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' })
}
