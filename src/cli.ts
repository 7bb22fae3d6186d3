import { runCli } from './cli/run.js'

/** CLI entry: parses argv and runs the shared core; the exit status says passed (0), blocked (1) or could not run (2). */
const argv = process.argv.slice(2)
// The AWS SDK is most of the bundle: offline runs (--snapshot) never load it, so they start faster.
const offline = argv.some(a => a === '--snapshot' || a.startsWith('--snapshot='))
const live = offline ? undefined : (await import('./state/aws/live.js')).createLive
const code = await runCli(argv, {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  live
})
process.exitCode = code
