import { useTranslation } from 'react-i18next'
import { useActions } from '../actions/registry'
import { formatShortcut, IS_MAC } from '../actions/keys'
import { Dialog } from './ui/Dialog'
import { useStudio } from '../store'

/** "?": every registered action with its keys, read from the same registry the dispatcher uses. */
export function HelpOverlay() {
  // Both namespaces: action labels are common keys or 'editor:…' keys (see Action.labelKey).
  const { t } = useTranslation(['common', 'editor'])
  const actions = useActions()
  const close = () => useStudio.getState().openDialog(null)
  return (
    <Dialog
      title={t('help.title')}
      onClose={close}
      actions={
        <button type="button" onClick={close}>
          {t('common.close')}
        </button>
      }
    >
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('help.action')}</th>
            <th scope="col">{t('help.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} data-action-id={a.id}>
              <td>{t(a.labelKey)}</td>
              <td dir="ltr">
                {(a.keys ?? []).map((k) => (
                  <kbd key={k}>{formatShortcut(k, IS_MAC)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
