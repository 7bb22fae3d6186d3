/**
 * User errors are not bugs: they carry the file and line they are about and are printed as one line,
 * never as a stack trace. The CLI exits 2 with them; the action fails the step with them.
 */
export class GateError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    /** `config-error` findings carry the rule id; others are plain run errors. */
    readonly rule: 'config-error' | 'run-error' = 'run-error'
  ) {
    super(message)
    this.name = 'GateError'
  }

  /** `file:line: message`, or just the message. */
  describe(): string {
    if (!this.file) return this.message
    return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.message}`
  }
}

export class ConfigError extends GateError {
  constructor(message: string, file?: string, line?: number) {
    super(message, file, line, 'config-error')
    this.name = 'ConfigError'
  }
}

/** Live mode found no AWS credentials at all (as on pull requests from forks); the action may fall back offline. */
export class NoCredentialsError extends GateError {
  constructor(message: string) {
    super(message)
    this.name = 'NoCredentialsError'
  }
}

/** One readable line for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof GateError) return error.describe()
  if (error instanceof Error) return error.message
  return String(error)
}
