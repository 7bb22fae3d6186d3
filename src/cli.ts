import { runCli } from './cli/run.js'
import { createLive } from './state/aws/live.js'

/** CLI entry: parses argv and runs the shared core; the exit status says passed (0), blocked (1) or could not run (2). */
const code = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  live: createLive
})
process.exitCode = code
