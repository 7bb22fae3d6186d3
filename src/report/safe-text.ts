/**
 * Text the command line prints may come from the repository under check (file names, key names, Sids, policy
 * values) and is read by a GitHub runner when the CLI runs in a workflow. The runner takes a line that starts
 * with `::` (after spaces) as a workflow command, and `##[` anywhere in a line as a legacy one
 * (actions/runner, ActionCommand.TryParseV2 and TryParse); it splits lines at CR and LF. So every value keeps
 * its control characters visible (`\n`, `\u001b`), and a line of output never starts with `::` or holds `##[`.
 * `--format github` is built with the escaping of `@actions/core` instead (report/github.ts).
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** A value with its control characters (line breaks, escape sequences) written out, on one line. */
export function visible(value: string): string {
  return value.replace(CONTROL, c => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/**
 * Output text whose lines cannot be taken for workflow commands. The line breaks are the printer's own (values
 * went through {@link visible}); a CR never is, so any left is written out too.
 */
export function withoutCommands(text: string): string {
  return text
    .replace(/\r/g, '\\r')
    .replace(/##\[/g, '##\\[')
    .replace(/^([ \t]*)::/gm, '$1\\::')
}

/** JSON text (the report) without `##[`: `[` inside a string is written `\u005b`, which parses to the same value. */
export function jsonWithoutCommands(text: string): string {
  return text.replace(/##\[/g, '##\\u005b')
}
