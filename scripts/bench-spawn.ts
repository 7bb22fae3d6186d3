/** Runs a node process for a bench section: wall time, peak resident memory, exit status and output. */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

/** Makes the child print its peak resident set size on exit (kilobytes on Linux). */
const MAXRSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`

export interface Timed {
  ms: number
  maxRssMb: number
  code: number
  stdout: string
  stderr: string
}

/** `node --import MAXRSS ...args` with `env` (the whole environment of the child). */
export function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', MAXRSS, ...args], { env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code => {
      const ms = performance.now() - started
      const kb = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? NaN)
      resolve({ ms, maxRssMb: kb / 1024, code: code ?? -1, stdout, stderr: stderr.replace(/MAXRSS \d+\n/, '') })
    })
  })
}

/** The arguments of an offline `check` of `dir` against its `snapshot.json`, as the bench sections run it. */
export function offlineCheckArgs(cli: string, dir: string): string[] {
  return [
    cli,
    'check',
    '--workspace',
    dir,
    '--snapshot',
    join(dir, 'snapshot.json'),
    '--format',
    'json',
    '--now',
    '2026-11-29T00:00:00Z'
  ]
}
