import { TOOL_VERSION } from './constants.js'

/**
 * CLI entry: parses argv and runs the shared core; the exit status says passed (0), blocked (1) or could not run
 * (2). `--version` answers before the rest of the CLI is loaded; the rest is one dynamic import, and the AWS SDK
 * a second one, made only when a command goes live.
 */
const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${TOOL_VERSION}\n`)
} else {
  const [{ runCli }, { lazyLive }] = await Promise.all([import('./cli/run.js'), import('./check.js')])
  process.exitCode = await runCli(argv, {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    live: lazyLive
  })
}
