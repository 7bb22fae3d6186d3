/**
 * Hostile input, files (issue 9): the snapshot follows the rules of config paths, output files are never
 * written through a symbolic link or (in the action) outside the workspace, every input has a size limit, and
 * a discovery walk that would give up stops the run.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { INPUT_LIMITS } from '../src/constants.js'
import { GateError } from '../src/errors.js'
import { writeOutputFile } from '../src/output-file.js'
import { discoverIacFiles } from '../src/sources/discover.js'
import { KEY, ROLE, cli, copyRepo, removeDir } from './helpers/repos.js'
import { runAction } from './helpers/hostile-action.js'
import { CONFIG, cleanUp, runCheck, tempDir, timed, workspace } from './helpers/hostile-workspace.js'

const copies: string[] = []
afterAll(() => {
  cleanUp()
  copies.forEach(removeDir)
})

function outsideFile(content = 'precious\n'): string {
  const file = path.join(tempDir('kpg-outside-'), 'victim.txt')
  fs.writeFileSync(file, content)
  return file
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file])
}

/** One stderr line of a run that could not run (exit 2), with nothing on stdout. */
function oneLine(run: { code: number; stdout: string; stderr: string }): string {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  return run.stderr.trimEnd()
}

describe('snapshot path', () => {
  it('refuses a snapshot committed as a symbolic link to /dev/zero (CLI), at once', async () => {
    const dir = workspace()
    fs.rmSync(path.join(dir, 'snapshot.json'))
    fs.symlinkSync('/dev/zero', path.join(dir, 'snapshot.json'))
    const { value: run, ms } = await timed(() => runCheck(dir))
    expect(oneLine(run)).toBe(
      'kms-policy-gate: snapshot.json: the snapshot is outside the workspace (a symbolic link resolves to "/dev/zero")'
    )
    expect(ms).toBeLessThan(2000)
  })

  it('refuses a FIFO instead of waiting for a writer (CLI)', async () => {
    const dir = workspace()
    fs.rmSync(path.join(dir, 'snapshot.json'))
    mkfifo(path.join(dir, 'snapshot.json'))
    expect(oneLine(await runCheck(dir))).toBe('kms-policy-gate: snapshot.json: the snapshot is not a regular file')
  })

  it('refuses a snapshot over the size limit before reading it', async () => {
    const dir = workspace()
    fs.truncateSync(path.join(dir, 'snapshot.json'), INPUT_LIMITS.snapshot + 1)
    expect(oneLine(await runCheck(dir))).toBe(
      `kms-policy-gate: snapshot.json: the snapshot is ${INPUT_LIMITS.snapshot + 1} bytes, over the limit of ${INPUT_LIMITS.snapshot} bytes`
    )
  })

  it('reads a snapshot the command line names outside the workspace (the caller chose it)', async () => {
    const dir = workspace()
    const elsewhere = path.join(tempDir('kpg-snap-'), 'state.json')
    fs.copyFileSync(path.join(dir, 'snapshot.json'), elsewhere)
    fs.rmSync(path.join(dir, 'snapshot.json'))
    const run = await cli(['check', '--workspace', dir, '--snapshot', elsewhere, '--now', '2026-11-29T00:00:00Z'], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('still refuses a device outside the workspace named on the command line', async () => {
    const dir = workspace()
    const link = path.join(tempDir('kpg-snap-'), 'zero.json')
    fs.symlinkSync('/dev/zero', link)
    expect(oneLine(await cli(['check', '--workspace', dir, '--snapshot', link], dir))).toBe(
      `kms-policy-gate: ${link}: the snapshot is not a regular file`
    )
  })

  it('explain applies the same rules', async () => {
    const dir = workspace()
    fs.rmSync(path.join(dir, 'snapshot.json'))
    fs.symlinkSync('/dev/zero', path.join(dir, 'snapshot.json'))
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
        'snapshot.json'
      ],
      dir
    )
    expect(oneLine(run)).toMatch(/^kms-policy-gate: snapshot\.json: the snapshot is outside the workspace/)
  })

  it('the action refuses a snapshot input outside the workspace or linked out of it, and reads a normal one', async () => {
    const dir = workspace()
    const elsewhere = path.join(tempDir('kpg-snap-'), 'state.json')
    fs.copyFileSync(path.join(dir, 'snapshot.json'), elsewhere)
    const outside = await runAction(dir, { snapshot: path.relative(dir, elsewhere) })
    expect(outside.exitCode).toBe(1)
    expect(outside.stdout).toContain('::error::kms-policy-gate could not run: ')
    expect(outside.stdout).toContain(': the snapshot is outside the workspace')

    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.json'))
    const linked = await runAction(dir, { snapshot: 'zero.json' })
    expect(linked.stdout).toContain(
      'zero.json: the snapshot is outside the workspace (a symbolic link resolves to "/dev/zero")'
    )

    const fine = await runAction(dir, { snapshot: 'snapshot.json' })
    expect(fine.exitCode).toBeUndefined()
    expect(fine.outputs).toMatch(/result<<.*\npassed\n/)
  })
})

describe('output files', () => {
  it('the action refuses a report-file committed as a symbolic link to a file outside; the file is untouched', async () => {
    const victim = outsideFile()
    const dir = workspace()
    fs.symlinkSync(victim, path.join(dir, 'report.json'))
    const run = await runAction(dir, { snapshot: 'snapshot.json', 'report-file': 'report.json' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('cannot write report.json: it is a symbolic link')
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious\n')
  })

  it('the action refuses a sarif-file under a committed directory link, and a path outside the workspace', async () => {
    const victimDir = tempDir('kpg-victim-')
    const dir = workspace()
    fs.symlinkSync(victimDir, path.join(dir, 'out'))
    const linked = await runAction(dir, { snapshot: 'snapshot.json', 'sarif-file': 'out/gate.sarif' })
    expect(linked.stdout).toContain('cannot write out/gate.sarif: the directory out is a symbolic link')
    expect(fs.readdirSync(victimDir)).toEqual([])

    const escape = await runAction(dir, { snapshot: 'snapshot.json', 'report-file': '../escape.json' })
    expect(escape.stdout).toContain('cannot write ../escape.json: the path is outside the workspace')
    expect(fs.existsSync(path.join(dir, '..', 'escape.json'))).toBe(false)
  })

  it('the action writes a report-file inside the workspace, creating its directory', async () => {
    const dir = workspace()
    const run = await runAction(dir, { snapshot: 'snapshot.json', 'report-file': 'reports/gate.json' })
    expect(run.exitCode).toBeUndefined()
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'reports/gate.json'), 'utf8'))).toMatchObject({ result: 'passed' })
  })

  it('the CLI refuses to write through a symbolic link, inside or outside the workspace', async () => {
    const victim = outsideFile()
    const dir = workspace()
    fs.symlinkSync(victim, path.join(dir, 'report.json'))
    expect(oneLine(await runCheck(dir, ['--report-file', 'report.json']))).toBe(
      `kms-policy-gate: cannot write ${path.join(dir, 'report.json')}: it is a symbolic link; remove it or choose another path`
    )
    const link = path.join(tempDir('kpg-out-'), 'link.sarif')
    fs.symlinkSync(victim, link)
    expect(oneLine(await runCheck(dir, ['--sarif-file', link]))).toMatch(/it is a symbolic link/)
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious\n')
  })

  it('the CLI writes where its caller says outside the workspace, also under a linked directory there', async () => {
    const dir = workspace()
    const out = tempDir('kpg-out-')
    fs.mkdirSync(path.join(out, 'real'))
    fs.symlinkSync(path.join(out, 'real'), path.join(out, 'linked'))
    const run = await runCheck(dir, ['--report-file', path.join(out, 'linked', 'r.json')])
    expect(run.code).toBe(0)
    expect(fs.existsSync(path.join(out, 'real', 'r.json'))).toBe(true)
  })

  it('writeOutputFile refuses a FIFO and replaces a regular file', () => {
    const dir = tempDir()
    mkfifo(path.join(dir, 'pipe.json'))
    expect(() => writeOutputFile(dir, 'pipe.json', '{}', { outsideAllowed: false })).toThrow(GateError)
    fs.writeFileSync(path.join(dir, 'r.json'), 'x'.repeat(100))
    writeOutputFile(dir, 'r.json', '{}\n', { outsideAllowed: false })
    expect(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).toBe('{}\n')
  })
})

describe('size limits', () => {
  it('a policy file over its limit is a config error at the config line, before it is read', async () => {
    const dir = workspace()
    fs.truncateSync(path.join(dir, 'policies/key.json'), 64 * 1024 * 1024)
    const { value: run, ms } = await timed(() => runCheck(dir))
    expect(oneLine(run)).toBe(
      `kms-policy-gate: .github/kms-policy-gate.yml:5: error config-error: file "policies/key.json" is 67108864 bytes, over the limit of ${INPUT_LIMITS.policy} bytes`
    )
    expect(ms).toBeLessThan(1000)
  })

  it('a policy of whitespace just under the limit is an invalid policy, read in well under a second', async () => {
    const dir = workspace({ 'policies/key.json': ' '.repeat(INPUT_LIMITS.policy - 1) })
    const { value: run, ms } = await timed(() => runCheck(dir))
    const report = JSON.parse(run.stdout) as { findings: { rule: string; file?: string; startLine?: number }[] }
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'invalid-policy', file: 'policies/key.json', startLine: 1 })
    )
    expect(ms).toBeLessThan(1000)
  })

  it('the config has a limit too', async () => {
    const dir = workspace({ '.github/kms-policy-gate.yml': CONFIG + '#'.repeat(INPUT_LIMITS.config) })
    expect(oneLine(await runCheck(dir))).toMatch(
      new RegExp(
        `^kms-policy-gate: cannot read config: file "\\.github/kms-policy-gate\\.yml" is \\d+ bytes, over the limit of ${INPUT_LIMITS.config} bytes$`
      )
    )
  })

  it('a YAML template of 10,000 resources is read in seconds; one over the YAML limit stops the run', async () => {
    const roles = Array.from(
      { length: 10_000 },
      (_, i) => `  Role${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: r${i}\n      Tags: [a, b]\n`
    ).join('')
    const template = `Resources:\n${roles}`
    expect(template.length).toBeLessThan(INPUT_LIMITS.yamlTemplate)
    const config = CONFIG + 'cloudformation:\n  - template: big.yaml\n'
    const dir = workspace({ '.github/kms-policy-gate.yml': config, 'big.yaml': template })
    const { value: run, ms } = await timed(() => runCheck(dir))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(ms).toBeLessThan(5000)
    fs.writeFileSync(path.join(dir, 'big.yaml'), template + `# ${'x'.repeat(INPUT_LIMITS.yamlTemplate)}\n`)
    expect(oneLine(await runCheck(dir))).toMatch(
      /^kms-policy-gate: \.github\/kms-policy-gate\.yml:9: error config-error: file "big\.yaml" is \d+ bytes, over the limit of 1048576 bytes for a YAML template$/
    )
  })

  it('a config with 20,000 context keys is read in seconds (duplicate keys are found with a set)', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `    aws:PrincipalTag/t${i}: v\n`).join('')
    const config = CONFIG + `context:\n  ${ROLE}:\n${keys}`
    const { value: run, ms } = await timed(() => runCheck(workspace({ '.github/kms-policy-gate.yml': config })))
    expect(run.stderr).toBe('')
    expect(ms).toBeLessThan(5000)
    const twice = CONFIG + `context:\n  ${ROLE}:\n${keys}    aws:PrincipalTag/t7: w\n`
    expect(oneLine(await runCheck(workspace({ '.github/kms-policy-gate.yml': twice })))).toBe(
      'kms-policy-gate: .github/kms-policy-gate.yml:20010: error config-error: cannot parse config: key "aws:PrincipalTag/t7" appears twice in the same mapping'
    )
  })

  it('a .tf file over its limit stops the run naming it', async () => {
    const dir = copyRepo('iac-tf-rotation-access-lost')
    copies.push(dir)
    fs.truncateSync(path.join(dir, 'infra/main.tf'), INPUT_LIMITS.terraformFile + 1)
    const run = await cli(
      ['check', '--workspace', dir, '--snapshot', 'snapshot.json', '--now', '2026-11-29T00:00:00Z'],
      dir
    )
    expect(oneLine(run)).toBe(
      `kms-policy-gate: infra/main.tf: the Terraform file is ${INPUT_LIMITS.terraformFile + 1} bytes, over the limit of ${INPUT_LIMITS.terraformFile} bytes`
    )
  })

  it('a .tf file linked out of the workspace stops the run naming it', async () => {
    const dir = copyRepo('iac-tf-rotation-access-lost')
    copies.push(dir)
    const victim = outsideFile('resource "x" "y" {}\n')
    fs.symlinkSync(victim, path.join(dir, 'infra/other.tf'))
    const run = await cli(
      ['check', '--workspace', dir, '--snapshot', 'snapshot.json', '--now', '2026-11-29T00:00:00Z'],
      dir
    )
    expect(oneLine(run)).toBe(
      `kms-policy-gate: infra/other.tf: a symbolic link that leads outside the workspace (to ${JSON.stringify(fs.realpathSync(victim))})`
    )
  })
})

describe('discovery without git', () => {
  const templateConfig = CONFIG + `cloudformation:\n  - template: "**/*.template.json"\n`

  it('stops the run at the config line when the walk would go deeper than its limit', async () => {
    const deep = Array.from({ length: 45 }, (_, i) => `d${i}`).join('/')
    const dir = workspace({ '.github/kms-policy-gate.yml': templateConfig, [`${deep}/x.txt`]: '' })
    expect(oneLine(await runCheck(dir))).toMatch(
      /^kms-policy-gate: \.github\/kms-policy-gate\.yml:9: error config-error: searching the workspace for "\*\*\/\*\.template\.json": directories nested more than 40 deep/
    )
  })

  it('stops at the entry limit, and finds the file under it', () => {
    const dir = workspace({ 'a/b/app.template.json': '{}', 'c/d.txt': '' })
    expect(() => discoverIacFiles(dir, ['**/*.template.json'], { limits: { entries: 5, depth: 40 } })).toThrow(
      'searching the workspace for "**/*.template.json": more than 5 files and directories without git'
    )
    expect(discoverIacFiles(dir, ['**/*.template.json'], { limits: { entries: 50, depth: 40 } })).toEqual([
      'a/b/app.template.json'
    ])
  })
})
