// `npm run studio:web`: the studio in any browser over the loopback bridge. Prints the URL (with the
// per-run token) and runs until Ctrl-C.
import { parseArgs } from 'node:util'
import { startBridge } from './server'

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, renderer: { type: 'string' } },
  strict: true
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer 0–65535 (0 = any free port), got "${values.port}".`)
  process.exit(2)
}

const bridge = await startBridge({ port, rendererDir: values.renderer })
console.log(`Kindframe studio (browser bridge) is running. Open:\n\n  ${bridge.url}\n`)
console.log(`Dropped files are copied into ${bridge.importDir}`)
console.log('Press Ctrl-C to stop.')

const stop = () => {
  bridge.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
