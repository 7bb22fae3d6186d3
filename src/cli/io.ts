import type { LiveFactory } from '../check.js'

/** What a CLI command talks to: output streams, the working directory, the environment, the live-mode factory. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
  live?: LiveFactory
}
