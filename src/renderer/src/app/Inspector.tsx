import { type ComponentType, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStudio } from '../store'
import type { InspectorTab } from '../store/ui-slice'
import type { CommonKey } from '../i18n/keys'
import { ClipInspector } from '../features/clips/ClipInspector'
import { ScriptPanel } from '../features/script/ScriptPanel'
import { SubtitlesPanel } from '../features/subtitles/SubtitlesPanel'
import { TranslatePanel } from '../features/translate/TranslatePanel'
import { EndCardPanel } from '../features/endcard/EndCardPanel'
import { CaptionsPanel } from '../features/captions/CaptionsPanel'
import { LintPanel } from '../features/lint/LintPanel'
import { ExportTab } from '../features/export/ExportTab'

const TABS: { id: InspectorTab; labelKey: CommonKey; Panel: ComponentType }[] = [
  { id: 'clip', labelKey: 'inspector.tab.clip', Panel: ClipInspector },
  { id: 'script', labelKey: 'inspector.tab.script', Panel: ScriptPanel },
  { id: 'subtitles', labelKey: 'inspector.tab.subtitles', Panel: SubtitlesPanel },
  { id: 'captions', labelKey: 'inspector.tab.captions', Panel: CaptionsPanel },
  { id: 'translate', labelKey: 'inspector.tab.translate', Panel: TranslatePanel },
  { id: 'endcard', labelKey: 'inspector.tab.endcard', Panel: EndCardPanel },
  { id: 'lint', labelKey: 'inspector.tab.lint', Panel: LintPanel },
  { id: 'export', labelKey: 'inspector.tab.export', Panel: ExportTab }
]

/** Right column (left in RTL): WAI-ARIA tabs; arrow keys move between tabs in reading order. */
export function Inspector() {
  const { t, i18n } = useTranslation()
  const current = useStudio((s) => s.inspectorTab)
  const setTab = useStudio((s) => s.setInspectorTab)
  const onKeyDown = (e: KeyboardEvent) => {
    const forward = i18n.dir() === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const back = i18n.dir() === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
    if (e.key !== forward && e.key !== back) return
    const i = TABS.findIndex((tab) => tab.id === current)
    const next = TABS[(i + (e.key === forward ? 1 : TABS.length - 1)) % TABS.length]
    setTab(next.id)
    document.getElementById(`tab-${next.id}`)?.focus()
  }
  const active = TABS.find((tab) => tab.id === current) ?? TABS[0]
  return (
    <aside className="inspector" aria-label={t('inspector.label')}>
      <div className="tabs" role="tablist" aria-label={t('inspector.label')} onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => setTab(tab.id)}
          >
            {t(tab.labelKey)}
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={`panel-${active.id}`}
        aria-labelledby={`tab-${active.id}`}
        tabIndex={0}
      >
        <active.Panel />
      </div>
    </aside>
  )
}
