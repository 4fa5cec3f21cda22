import type { PreflightTarget } from '../../../../shared/preflight'
import { useStudio } from '../../store'
import { goToCue } from '../subtitles/commands'

/**
 * Takes the user from a review problem to the place that fixes it: the clip, the locale, the tab,
 * the cue, and the field itself (focused once the panel has rendered). Closes the review first: it is
 * a modal, and the user comes back to it with the Export button.
 */
export function jumpTo(target: PreflightTarget): void {
  const s = useStudio.getState()
  const ui = useStudio.getState()
  ui.openDialog(null)
  if (target.kind === 'export') {
    ui.setInspectorTab('export')
    focusSoon(`[data-field="export-${target.field}"]`)
    return
  }
  s.selectClip(target.clipId)
  if (target.kind === 'clip') {
    ui.setInspectorTab('clip')
    return
  }
  s.setEditLocale(target.locale)
  if (target.kind === 'cue') {
    const source = target.locale === s.project?.sourceLocale
    ui.setInspectorTab(source ? 'subtitles' : 'translate')
    goToCue(target.cueId)
    focusSoon(`[data-testid="${source ? 'cue-text' : 'translation-text'}"]`)
  } else if (target.kind === 'script') {
    ui.setInspectorTab('script')
    focusSoon('[data-testid="script-editor"]')
  } else {
    ui.setInspectorTab('endcard')
    const field = {
      name: 'endcard-name',
      handle: 'endcard-handle',
      photo: 'endcard-media',
      message: 'endcard-message'
    }[target.field]
    focusSoon(`[data-testid="${field}"]`)
  }
}

/** Focuses the first match once it exists (panels mount on the next frames), for up to ~half a second. */
function focusSoon(selector: string, tries = 30): void {
  const el = document.querySelector<HTMLElement>(selector)
  if (el) {
    el.focus()
    el.scrollIntoView?.({ block: 'nearest' })
    return
  }
  if (tries > 0) requestAnimationFrame(() => focusSoon(selector, tries - 1))
}
