import { lazyLive } from './check.js'
import { runCli } from './cli/run.js'

/** CLI entry: parses argv and runs the shared core; the exit status says passed (0), blocked (1) or could not run (2). */
const code = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  // The AWS SDK is loaded only when a command goes live: --version, --help and offline runs never load it.
  live: lazyLive
})
process.exitCode = code
