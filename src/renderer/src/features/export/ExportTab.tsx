import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PresetSummary } from '../../../../shared/contract/export'
import { useStudio } from '../../store'
import { client } from '../../app/client'
import { dirname, joinPath } from '../../app/format'
import { emitSignal } from '../../app/harness'
import { reportError } from '../../app/notify'
import { useUi } from '../../app/ui-store'
import { PathField } from '../../app/ui/PathField'
import { ExportQueue } from './ExportQueue'
import { LintReview, useLintGate } from './LintReview'

/** Export: which locales, which preset, where; Start sends the CURRENT project state to main. */
export function ExportTab() {
  const projectPath = useStudio((s) => s.projectPath)
  // A different project file starts from its own defaults (output folder next to it).
  return <ExportForm key={projectPath ?? ''} />
}

function ExportForm() {
  const { t } = useTranslation()
  const project = useStudio((s) => s.project)
  const projectPath = useStudio((s) => s.projectPath)
  const [presets, setPresets] = useState<PresetSummary[]>([])
  const [presetId, setPresetId] = useState('')
  const [outDir, setOutDir] = useState('')
  const [overwrite, setOverwrite] = useState(false)
  const [onlySelected, setOnlySelected] = useState(false)
  const selectedClipId = useStudio((s) => s.selectedClipId)
  const [excluded, setExcluded] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const presetFieldId = useId()
  const gate = useLintGate()
  useEffect(() => {
    client()['export.presets']({}).then(setPresets).catch(reportError)
  }, [])
  useEffect(() => {
    if (projectPath && !outDir) setOutDir(joinPath(dirname(projectPath), 'export'))
  }, [projectPath, outDir])
  if (!project) return null
  const locales = [project.sourceLocale, ...project.targetLocales.filter((l) => l !== project.sourceLocale)]
  const chosen = locales.filter((l) => !excluded.includes(l))
  const preset = presetId || project.export.presetId
  const clipIds = onlySelected && selectedClipId ? [selectedClipId] : undefined
  const clipCount = clipIds ? 1 : project.clips.length
  if (!projectPath) {
    return (
      <div className="export-tab">
        <p role="status">{t('export.saveFirst')}</p>
        <button type="button" className="primary" onClick={() => useUi.getState().openDialog('saveAs')}>
          {t('project.saveAs.title')}
        </button>
      </div>
    )
  }
  const start = async () => {
    // Read the store at click time: the export uses exactly what the user sees now.
    const { project: current, projectPath: path } = useStudio.getState()
    if (!current || !path || !chosen.length || !outDir.trim()) return
    setBusy(true)
    try {
      const { batchId, jobs } = await client()['export.start']({ projectPath: path, project: current, clipIds, locales: chosen, presetId: preset, outDir: outDir.trim(), overwrite })
      emitSignal('export-started', { batchId, jobs: jobs.length })
    } catch (err) {
      reportError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="export-tab">
      <fieldset>
        <legend>{t('export.locales')}</legend>
        {locales.map((l) => (
          <label key={l} className="check">
            <input
              type="checkbox"
              checked={!excluded.includes(l)}
              onChange={(e) => setExcluded((x) => (e.target.checked ? x.filter((y) => y !== l) : [...x, l]))}
            />
            <span dir="ltr">{l}</span>
            {l === project.sourceLocale && <span className="hint">{t('export.sourceLocale')}</span>}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={presetFieldId}>{t('export.preset')}</label>
        <select id={presetFieldId} value={preset} onChange={(e) => setPresetId(e.target.value)}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <PathField label={t('export.outDir')} name="outDir" value={outDir} onChange={setOutDir} mode="directory" />
      <label className="check">
        <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
        <span>{t('export.overwrite')}</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={onlySelected} disabled={!selectedClipId} onChange={(e) => setOnlySelected(e.target.checked)} />
        <span>{t('export.onlySelected')}</span>
      </label>
      <LintReview gate={gate} />
      <button type="button" className="primary" disabled={busy || !chosen.length || !clipCount || !outDir.trim() || gate.blocked} onClick={start}>
        {t('export.start', { count: clipCount * chosen.length })}
      </button>
      <ExportQueue />
    </div>
  )
}
