/**
 * Hostile input, workflow commands (issue 9): a runner reading the CLI's output takes a line starting with `::`
 * (after spaces) as a workflow command and `##[` anywhere in a line as a legacy one (actions/runner,
 * src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse), and splits lines at CR and LF. Names and
 * values from the repository must never produce such a line, in text, JSON, `explain` or stderr output, nor in
 * the action's annotations.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { visible, withoutCommands } from '../src/report/safe-text.js'
import { KEY, ROLE, cli } from './helpers/repos.js'
import { runAction } from './helpers/hostile-action.js'
import { SNAPSHOT, cleanUp, keyPolicy, runCheck, workspace } from './helpers/hostile-workspace.js'

afterAll(cleanUp)

const FORGED_NAME = '::error file=README.md,line=1::forged by a key name'
const EVIL_FILE = 'policies/evil\n::error file=README.md::forged by a file name.json'
const EVIL_SID = 'Deny\n::stop-commands::token\n##[error]forged by a Sid'

/** Lines a runner would run as commands: `::` at the start after spaces, or `##[` anywhere. */
function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter(line => /^\s*::/.test(line) || line.includes('##['))
}

function hostileRepo(): string {
  const config = `version: 1
keys:
  - name: "${FORGED_NAME}"
    key: ${KEY}
    policy: "${EVIL_FILE.replace('\n', '\\n')}"
    rotation:
      principals: [${ROLE}]
`
  const policy = keyPolicy([
    { Sid: EVIL_SID, Effect: 'Deny', Principal: { AWS: ROLE }, Action: 'kms:RotateKeyOnDemand', Resource: '*' },
    { Sid: 'Typo', Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:Rotate##[error]x', Resource: '*' }
  ])
  return workspace({ '.github/kms-policy-gate.yml': config, [EVIL_FILE]: policy, 'policies/key.json': '{}' })
}

describe('the command line', () => {
  it('text output: every value stays on its line and no line is a command', async () => {
    const dir = hostileRepo()
    const run = await runCheck(dir, [], 'text')
    expect(run.code).toBe(1)
    expect(commandLines(run.stdout)).toEqual([])
    // The values are still there, written out.
    expect(run.stdout).toContain(
      'policies/evil\\n::error file=README.md::forged by a file name.json:28: error rotation-access-lost'
    )
    // Messages keep to one line: their line breaks become spaces.
    expect(run.stdout).toContain('statement Deny ::stop-commands::token ##\\[error]forged by a Sid')
    expect(run.stdout).toMatch(/^\\::error file=README\.md,line=1::forged by a key name {2}arn:aws:iam/m)
  })

  it('JSON output: no `##[` on any line, and the values parse back unchanged', async () => {
    const dir = hostileRepo()
    const run = await runCheck(dir)
    expect(commandLines(run.stdout)).toEqual([])
    const report = JSON.parse(run.stdout) as { findings: { message: string; file?: string }[] }
    expect(report.findings.some(f => f.message.includes(EVIL_SID))).toBe(true)
    expect(report.findings.some(f => f.message.includes('"kms:Rotate##[error]x"'))).toBe(true)
    expect(report.findings.some(f => f.file === EVIL_FILE)).toBe(true)
  })

  it('github output: one escaped command per finding, nothing else', async () => {
    const dir = hostileRepo()
    const run = await runCheck(dir, [], 'github')
    const lines = run.stdout.trimEnd().split(/\r\n|\r|\n/)
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning|notice) title=[a-z-]+(,file=[^,:\n]*)?(,line=\d+)?(,endLine=\d+)?::/)
    expect(run.stdout).toContain('file=policies/evil%0A%3A%3Aerror file=README.md%3A%3Aforged by a file name.json')
  })

  it('explain: the Sid stays on its line', async () => {
    const dir = hostileRepo()
    const run = await cli(
      [
        'explain',
        '--key',
        KEY,
        '--principal',
        ROLE,
        '--action',
        'kms:RotateKeyOnDemand',
        '--snapshot',
        'snapshot.json',
        '--after'
      ],
      dir
    )
    expect(run.code).toBe(0)
    expect(commandLines(run.stdout)).toEqual([])
    expect(run.stdout).toContain(
      'deny:  key policy statement Deny\\n::stop-commands::token\\n##\\[error]forged by a Sid'
    )
  })

  it('stderr: a snapshot member name with line breaks gives one line, not a command', async () => {
    const dir = workspace({
      'snapshot.json': JSON.stringify({ ...SNAPSHOT, 'x\n::error file=README.md::forged\r##[warning]y': 1 }, null, 2)
    })
    const run = await runCheck(dir)
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')).toHaveLength(2)
    expect(commandLines(run.stderr)).toEqual([])
    expect(run.stderr).toContain('x\\n::error file=README.md::forged\\r##\\[warning]y')
  })

  it('an unknown command is one line, then the usage', async () => {
    const run = await cli(['::error::x\n::warning::y'])
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('kms-policy-gate: unknown command "::error::x\\n::warning::y"')
    expect(commandLines(run.stderr)).toEqual([])
  })
})

describe('the action', () => {
  it('prints only its own annotations and the failure, each on one line', async () => {
    const dir = hostileRepo()
    const run = await runAction(dir, { snapshot: 'snapshot.json' })
    expect(run.exitCode).toBe(1)
    const lines = run.stdout.trimEnd().split(/\r\n|\r|\n/)
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning|notice)( title=[a-z-]+(,file=[^,:\n]*)?(,line=\d+)?(,endLine=\d+)?)?::/)
    expect(lines.filter(l => l.startsWith('::error title=rotation-access-lost'))).toHaveLength(1)
  })
})

describe('the escaping', () => {
  it('writes control characters out and breaks command markers, leaving other text alone', () => {
    expect(visible('a\nb\rc\td\u001b[31m\u2028')).toBe('a\\nb\\rc\\td\\u001b[31m\\u2028')
    expect(visible('plain text: ok')).toBe('plain text: ok')
    expect(withoutCommands('ok\n  ::warning::x\n##[error]y and ##[group]\n::\n')).toBe(
      'ok\n  \\::warning::x\n##\\[error]y and ##\\[group]\n\\::\n'
    )
    expect(withoutCommands('a:: b\nfile.json:3: error rule: message\n')).toBe(
      'a:: b\nfile.json:3: error rule: message\n'
    )
  })
})
