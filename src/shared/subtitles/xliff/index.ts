export { exportXliff20, exportXliff12, type XliffExportInput } from './write-xliff'
export { exportCsv, parseCsv, csvField, CSV_COLUMNS } from './csv'
export {
  importHandoff,
  type HandoffImport,
  type HandoffConflict,
  type HandoffFormat,
  type HandoffTarget
} from './read-handoff'
export { encodeIdentity, decodeIdentity, type HandoffIdentity } from './identity'
export { parseXml, XmlError } from './xml'
