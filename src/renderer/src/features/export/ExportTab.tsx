import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PresetSummary } from '../../../../shared/contract/export'
import { useStudio } from '../../store'
import { client } from '../../app/client'
import { dirname, joinPath } from '../../app/format'
import { reportError } from '../../app/notify'
import { PathField } from '../../app/ui/PathField'
import { ExportQueue } from './ExportQueue'
import { projectLocales } from './review-request'
import { useExportSettings } from './settings-store'

/** Export: which locales, which preset, where. The button opens the review (pre-flight) first. */
export function ExportTab() {
  const { t } = useTranslation()
  const project = useStudio((s) => s.project)
  const projectPath = useStudio((s) => s.projectPath)
  const selectedClipId = useStudio((s) => s.selectedClipId)
  const settings = useExportSettings()
  const [presets, setPresets] = useState<PresetSummary[]>([])
  const presetFieldId = useId()
  const queueFieldId = useId()
  useEffect(() => {
    client()['export.presets']({}).then(setPresets).catch(reportError)
  }, [])
  useEffect(() => {
    // Another project file starts from its own defaults (output folder next to it).
    if (projectPath) useExportSettings.getState().forProject(projectPath, joinPath(dirname(projectPath), 'export'))
  }, [projectPath])
  if (!project) return null
  if (!projectPath) {
    return (
      <div className="export-tab">
        <p role="status">{t('export.saveFirst')}</p>
        <button type="button" className="primary" onClick={() => useStudio.getState().openDialog('saveAs')}>
          {t('project.saveAs.title')}
        </button>
      </div>
    )
  }
  const locales = projectLocales(project)
  const chosen = locales.filter((l) => !settings.excluded.includes(l))
  const preset = settings.presetId || project.export.presetId
  const clipCount = settings.onlySelected && selectedClipId ? 1 : project.clips.length
  return (
    <div className="export-tab">
      <fieldset data-field="export-locales" tabIndex={-1}>
        <legend>{t('export.locales')}</legend>
        {locales.map((l) => (
          <label key={l} className="check">
            <input
              type="checkbox"
              checked={!settings.excluded.includes(l)}
              onChange={(e) =>
                settings.set({
                  excluded: e.target.checked ? settings.excluded.filter((y) => y !== l) : [...settings.excluded, l]
                })
              }
            />
            <span dir="ltr">{l}</span>
            {l === project.sourceLocale && <span className="hint">{t('export.sourceLocale')}</span>}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={presetFieldId}>{t('export.preset')}</label>
        <select id={presetFieldId} value={preset} onChange={(e) => settings.set({ presetId: e.target.value })}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div data-field="export-outDir" tabIndex={-1}>
        <PathField
          label={t('export.outDir')}
          name="outDir"
          value={settings.outDir}
          onChange={(outDir) => settings.set({ outDir })}
          mode="directory"
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          data-field="export-overwrite"
          checked={settings.overwrite}
          onChange={(e) => settings.set({ overwrite: e.target.checked })}
        />
        <span>{t('export.overwrite')}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.onlySelected}
          disabled={!selectedClipId}
          onChange={(e) => settings.set({ onlySelected: e.target.checked })}
        />
        <span>{t('export.onlySelected')}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-field="export-onWorkers"
          checked={settings.onWorkers}
          onChange={(e) => settings.set({ onWorkers: e.target.checked })}
        />
        <span>{t('export.onWorkers')}</span>
      </label>
      {settings.onWorkers && (
        <div className="field">
          <label htmlFor={queueFieldId}>{t('export.queueUrl')}</label>
          <input
            id={queueFieldId}
            type="text"
            dir="ltr"
            spellCheck={false}
            placeholder={t('export.queueUrlPlaceholder')}
            value={settings.queueUrl}
            aria-describedby={`${queueFieldId}-hint`}
            onChange={(e) => settings.set({ queueUrl: e.target.value })}
          />
          <p id={`${queueFieldId}-hint`} className="hint">
            {t('export.queueUrlHint')}
          </p>
        </div>
      )}
      <button
        type="button"
        className="primary"
        disabled={
          !chosen.length || !clipCount || !settings.outDir.trim() || (settings.onWorkers && !settings.queueUrl.trim())
        }
        onClick={() => useStudio.getState().openDialog('exportReview')}
      >
        {t('export.start', { count: clipCount * chosen.length })}
      </button>
      <ExportQueue />
    </div>
  )
}
