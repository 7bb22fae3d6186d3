/** Runs a node process for a bench section: wall time, peak resident memory, exit status and output. */
import { spawn } from 'node:child_process'

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
