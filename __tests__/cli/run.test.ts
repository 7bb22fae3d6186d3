/**
 * The command line of CONTRACT §2 on the fixture repositories and the examples: output formats,
 * `--fail-on`, report and SARIF files, and `explain`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { KEY, NOW, ROLE, ROOT, ROOT_ARN, check, checkRepo, cli, repo, snapshotFor } from '../helpers/repos.js'

const temps: string[] = []
afterAll(() => temps.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })))

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-out-'))
  temps.push(dir)
  return dir
}

const EXAMPLES = path.join(ROOT, 'examples')
const DENY_LINE = `${ROLE} loses kms:RotateKeyOnDemand on app-data: explicit Deny in key policy statement DenyOnDemandRotation (policies/key.json)`

describe('examples', () => {
  it('examples/failing yields exactly rotation-access-lost, owner-lockout, principal-not-found and unknown-action', async () => {
    const { code, report } = await check(path.join(EXAMPLES, 'failing'))
    expect(code).toBe(1)
    expect(report.result).toBe('failed')
    expect(report.counts).toEqual({ error: 4, warning: 0, notice: 0 })
    const file = 'policies/app-data-key.json'
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'owner-lockout',
        severity: 'error',
        principal: ROOT_ARN,
        action: 'kms:PutKeyPolicy',
        file,
        startLine: 4,
        endLine: 4
      }),
      expect.objectContaining({
        rule: 'principal-not-found',
        severity: 'error',
        principal: 'arn:aws:iam::111122223333:role/kms-admin-old',
        file,
        startLine: 8,
        endLine: 8
      }),
      expect.objectContaining({
        rule: 'unknown-action',
        severity: 'error',
        action: 'kms:RotateKeyForward',
        file,
        startLine: 21,
        endLine: 21
      }),
      expect.objectContaining({
        rule: 'rotation-access-lost',
        severity: 'error',
        principal: ROLE,
        action: 'kms:RotateKeyOnDemand',
        file,
        startLine: 30,
        endLine: 36
      })
    ])
    expect(report.findings.every(f => f.key === KEY && f.preExisting === false)).toBe(true)
  })

  it('examples/passing passes with no errors', async () => {
    const { code, report } = await check(path.join(EXAMPLES, 'passing'))
    expect(code).toBe(0)
    expect(report.result).toBe('passed')
    expect(report.counts.error).toBe(0)
    expect(report.checks.every(c => c.before === 'allowed' && c.after === 'allowed')).toBe(true)
  })

  it('runs from the repository root with paths relative to the working directory', async () => {
    const run = await cli(
      ['check', '--workspace', 'examples/failing', '--snapshot', 'examples/failing/snapshot.json', '--now', NOW],
      ROOT
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('policies/app-data-key.json:30: error rotation-access-lost: ')
  })
})

describe('--fail-on', () => {
  it('never: errors are reported but do not block', async () => {
    const { code, report } = await checkRepo('rotation-access-lost-deny', { extra: ['--fail-on', 'never'] })
    expect(code).toBe(0)
    expect(report.result).toBe('passed')
    expect(report.counts.error).toBe(1)
  })

  it('warning: a warning blocks, a notice does not', async () => {
    expect((await checkRepo('owner-access-lost', { extra: ['--fail-on', 'warning'] })).code).toBe(1)
    expect((await checkRepo('owner-access-lost', { extra: ['--fail-on', 'error'] })).code).toBe(0)
    expect((await checkRepo('rotation-unsupported', { extra: ['--fail-on', 'warning'] })).code).toBe(0)
  })

  it('warning: an error blocks too', async () => {
    expect((await checkRepo('rotation-access-lost-deny', { extra: ['--fail-on', 'warning'] })).code).toBe(1)
  })
})

describe('--format', () => {
  const dir = repo('rotation-access-lost-deny')
  const run = (format: string, extra: string[] = [], where = dir): ReturnType<typeof cli> =>
    cli(
      ['check', '--workspace', where, '--snapshot', snapshotFor(where), '--format', format, '--now', NOW, ...extra],
      where
    )

  it('text: one `file:line: severity rule: message` line per finding, the checks table, the result', async () => {
    const { code, stdout, stderr } = await run('text')
    expect(code).toBe(1)
    expect(stderr).toBe('')
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(`policies/key.json:24: error rotation-access-lost: ${DENY_LINE}`)
    // The fix hint the README's rules table gives, indented under the finding.
    expect(lines[1]).toBe(
      '    hint: restore the Allow for the rotation principal, or remove the Deny that now matches it; an identity Allow only counts when the key policy allows the account'
    )
    expect(lines[2]).toBe('')
    expect(lines[3].split(/\s{2,}/)).toEqual(['key', 'principal', 'purpose', 'action', 'before', 'after'])
    expect(lines[4].split(/\s{2,}/)).toEqual([
      'app-data',
      ROLE,
      'rotation',
      'kms:RotateKeyOnDemand',
      'allowed',
      'explicit-deny'
    ])
    expect(lines).toContain('result: failed (1 error, 0 warnings, 0 notices)')
  })

  it('text is the default format', async () => {
    const { stdout } = await cli(['check', '--workspace', dir, '--snapshot', snapshotFor(dir), '--now', NOW], dir)
    expect(stdout.split('\n')[0]).toBe(`policies/key.json:24: error rotation-access-lost: ${DENY_LINE}`)
  })

  it('text: the findings of examples/failing, sorted by file and line', async () => {
    const { stdout } = await run('text', [], path.join(EXAMPLES, 'failing'))
    expect(
      stdout
        .split('\n')
        .filter(l => l.startsWith('policies/'))
        .map(l => l.replace(/: error ([a-z-]+): .*$/, ' $1'))
    ).toEqual([
      'policies/app-data-key.json:4 owner-lockout',
      'policies/app-data-key.json:8 principal-not-found',
      'policies/app-data-key.json:21 unknown-action',
      'policies/app-data-key.json:30 rotation-access-lost'
    ])
  })

  it('text: a finding on a file without a line has no `:line`', async () => {
    const where = repo('principal-not-found')
    const { stdout } = await cli(
      ['check', '--workspace', where, '--snapshot', 'snapshot-no-known.json', '--now', NOW],
      where
    )
    expect(stdout.split('\n')[0]).toMatch(
      /^snapshot-no-known\.json: notice principal-not-found: the snapshot snapshot-no-known\.json has no knownPrincipals/
    )
  })

  it('github: one workflow command per finding with title, file, line and endLine', async () => {
    const { code, stdout } = await run('github')
    expect(code).toBe(1)
    expect(stdout).toBe(`::error title=rotation-access-lost,file=policies/key.json,line=24,endLine=30::${DENY_LINE}\n`)
  })

  it('github: warnings and notices use their own commands', async () => {
    const where = repo('rotation-overdue')
    const { code, stdout } = await cli(
      ['check', '--workspace', where, '--snapshot', snapshotFor(where), '--format', 'github', '--now', NOW],
      where
    )
    expect(code).toBe(0)
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      '::warning title=rotation-overdue,file=.github/kms-policy-gate.yml,line=3,endLine=6::app-data was last rotated 546 days ago (2025-06-01), more than 365 days',
      '::warning title=rotation-overdue,file=.github/kms-policy-gate.yml,line=7,endLine=10::legacy was last rotated 1049 days ago (2024-01-15, its creation date), more than 365 days'
    ])
    const notices = await cli(
      [
        'check',
        '--workspace',
        repo('principal-not-found'),
        '--snapshot',
        'snapshot-no-known.json',
        '--format',
        'github',
        '--now',
        NOW
      ],
      repo('principal-not-found')
    )
    expect(notices.stdout).toMatch(
      /^::notice title=principal-not-found,file=snapshot-no-known\.json::the snapshot snapshot-no-known\.json has no knownPrincipals/
    )
  })

  it('github: nothing for a passing run', async () => {
    const { code, stdout } = await run('github', ['--config', '.github/ok.yml'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
  })

  it('json: the report of CONTRACT §5 with a final newline', async () => {
    const { stdout } = await run('json')
    expect(stdout.endsWith('}\n')).toBe(true)
    const report = JSON.parse(stdout) as Record<string, unknown>
    expect(Object.keys(report)).toEqual(['version', 'result', 'mode', 'counts', 'findings', 'checks'])
    expect(Object.keys((report.findings as object[])[0])).toEqual([
      'rule',
      'severity',
      'message',
      'key',
      'principal',
      'action',
      'file',
      'startLine',
      'endLine',
      'preExisting'
    ])
    expect(Object.keys((report.checks as object[])[0])).toEqual([
      'key',
      'principal',
      'purpose',
      'action',
      'before',
      'after'
    ])
  })
})

describe('--report-file and --sarif-file', () => {
  const dir = repo('rotation-access-lost-deny')

  it('write the JSON report and the SARIF log, whatever the output format', async () => {
    const out = tempDir()
    const reportFile = path.join(out, 'report.json')
    const sarifFile = path.join(out, 'results.sarif')
    const run = await cli(
      [
        'check',
        '--workspace',
        dir,
        '--snapshot',
        snapshotFor(dir),
        '--now',
        NOW,
        '--report-file',
        reportFile,
        '--sarif-file',
        sarifFile
      ],
      dir
    )
    expect(run.code).toBe(1)
    const json = await cli(
      ['check', '--workspace', dir, '--snapshot', snapshotFor(dir), '--now', NOW, '--format', 'json'],
      dir
    )
    expect(fs.readFileSync(reportFile, 'utf8')).toBe(json.stdout)

    const log = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as {
      version: string
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: Record<string, unknown>[] }[]
    }
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0].tool.driver.name).toBe('kms-policy-gate')
    expect(log.runs[0].tool.driver.rules.map(r => r.id)).toContain('rotation-access-lost')
    expect(log.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: 'rotation-access-lost',
        level: 'error',
        message: { text: DENY_LINE },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'policies/key.json', uriBaseId: '%SRCROOT%' },
              region: { startLine: 24, endLine: 30 }
            }
          }
        ]
      })
    ])
  })

  it('resolve relative paths from the working directory', async () => {
    const out = tempDir()
    const run = await cli(
      [
        'check',
        '--workspace',
        dir,
        '--snapshot',
        path.resolve(dir, snapshotFor(dir)),
        '--now',
        NOW,
        '--config',
        '.github/ok.yml',
        '--report-file',
        'r.json',
        '--sarif-file',
        's.sarif'
      ],
      out
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(fs.readFileSync(path.join(out, 'r.json'), 'utf8'))).toMatchObject({
      result: 'passed',
      findings: []
    })
    expect(JSON.parse(fs.readFileSync(path.join(out, 's.sarif'), 'utf8')).runs[0].results).toEqual([])
    expect(fs.existsSync(path.join(dir, 'r.json'))).toBe(false)
  })
})

describe('explain', () => {
  const explain = (dir: string, args: string[]): ReturnType<typeof cli> =>
    cli(['explain', '--snapshot', path.resolve(dir, snapshotFor(dir)), '--workspace', dir, ...args], ROOT)
  const request = (action: string, principal = ROLE, key = KEY): string[] => [
    '--key',
    key,
    '--principal',
    principal,
    '--action',
    action
  ]

  it('prints the live decision and the statements that allowed it', async () => {
    const run = await explain(repo('rotation-access-lost-deny'), request('kms:RotateKeyOnDemand'))
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(`kms:RotateKeyOnDemand by ${ROLE} on ${KEY} (before): allowed`)
    expect(lines.filter(l => l.startsWith('  allow: '))).toEqual([
      '  allow: key policy statement AllowRotation (live key policy of alias/app-data)',
      '  allow: key policy statement EnableRootDelegation (live key policy of alias/app-data)',
      `  allow: identity policy statement RotateAppKeys (live inline policy rotation of ${ROLE})`
    ])
  })

  it('--after: the proposed Deny statement with its lines', async () => {
    const run = await explain(repo('rotation-access-lost-deny'), [...request('kms:RotateKeyOnDemand'), '--after'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        `kms:RotateKeyOnDemand by ${ROLE} on ${KEY} (after): explicit-deny`,
        '  explicit Deny in key policy statement DenyOnDemandRotation (policies/key.json)',
        '  deny:  key policy statement DenyOnDemandRotation (policies/key.json) lines 24–30',
        ''
      ].join('\n')
    )
  })

  it('--after: an Allow from the proposed key policy, found by alias', async () => {
    const run = await explain(repo('rotation-access-lost-deny'), [
      ...request('kms:PutKeyPolicy', ROOT_ARN, 'alias/app-data'),
      '--after'
    ])
    expect(run.stdout).toBe(
      [
        `kms:PutKeyPolicy by ${ROOT_ARN} on ${KEY} (after): allowed`,
        '  allowed by key policy statement EnableRootDelegation (policies/key.json)',
        '  allow: key policy statement EnableRootDelegation (policies/key.json) lines 4–10',
        ''
      ].join('\n')
    )
  })

  it('--after: an implicit deny says which layer lacks the Allow', async () => {
    const run = await explain(repo('rotation-access-lost-identity'), [...request('kms:RotateKeyOnDemand'), '--after'])
    expect(run.stdout).toBe(
      [
        `kms:RotateKeyOnDemand by ${ROLE} on ${KEY} (after): implicit-deny`,
        '  the key policy delegates to the account but no identity policy allows it',
        ''
      ].join('\n')
    )
  })

  it('--after: an undecided condition names the condition key; config context settles it', async () => {
    const dir = repo('evaluation-inconclusive')
    const undecided = await explain(dir, [...request('kms:RotateKeyOnDemand'), '--after'])
    expect(undecided.stdout.split('\n')[0]).toBe(`kms:RotateKeyOnDemand by ${ROLE} on ${KEY} (after): inconclusive`)
    expect(undecided.stdout).toContain(
      '  deny:  key policy statement DenyRotationOutsideVpc (policies/key.json) lines 24–33\n'
    )
    expect(undecided.stdout).toContain('  unknown condition keys: aws:SourceVpc')
    const settled = await explain(dir, [
      ...request('kms:RotateKeyOnDemand'),
      '--after',
      '--config',
      '.github/context-ok.yml'
    ])
    expect(settled.stdout.split('\n')[0]).toBe(`kms:RotateKeyOnDemand by ${ROLE} on ${KEY} (after): allowed`)
    expect(settled.stdout).toContain('  allow: key policy statement AllowRotation (policies/key.json) lines 11–23\n')
  })

  it('exits 2 without a required option or for a key that is not in the snapshot', async () => {
    const dir = repo('rotation-access-lost-deny')
    const missing = await explain(dir, ['--key', KEY, '--principal', ROLE])
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'kms-policy-gate: explain needs --action\n' })
    const unknownKey = await explain(dir, request('kms:DescribeKey', ROLE, 'alias/nothing'))
    expect(unknownKey.code).toBe(2)
    expect(unknownKey.stderr).toMatch(/^kms-policy-gate: key alias\/nothing is not in the snapshot /)
  })
})
