/**
 * `check --base REV`: the CLI reads the configured CloudFormation templates as a git revision has them, as the
 * action reads a pull request's base commit. A resource the revision deploys and the working tree's template no
 * longer has is deleted on deployment (CloudFormation User Guide, "Update behaviors of stack resources"). Fixture
 * `iac-cfn-condition-false`: the key policy delegates to the account, and the revision's template grants the
 * rotation role its permissions with an AWS::IAM::RolePolicy that the working tree removes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { cli, copyFixture, KEY, repo, ROLE } from '../helpers/repos.js'
import { git } from '../helpers/git-repo.js'
import { GRANT, STACK } from '../helpers/cfn-removal.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => fs.rmSync(d, { recursive: true, force: true })))

/** A repository whose commit has the stack with the grant; the working tree's stack is `head` (not committed). */
function workspace(head: string | undefined): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-cli-base-'))
  dirs.push(dir)
  const fixture = repo('iac-cfn-condition-false')
  copyFixture(fixture, dir)
  const config = fs
    .readFileSync(path.join(fixture, '.github/role.yml'), 'utf8')
    .replace('infra/role.yaml', 'infra/*.yaml')
  fs.writeFileSync(path.join(dir, '.github/kms-policy-gate.yml'), config)
  fs.rmSync(path.join(dir, 'infra'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'infra'))
  fs.writeFileSync(path.join(dir, 'infra/stack.yaml'), STACK + GRANT)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  if (head === undefined) fs.rmSync(path.join(dir, 'infra/stack.yaml'))
  else fs.writeFileSync(path.join(dir, 'infra/stack.yaml'), head)
  return dir
}

async function check(dir: string, ...extra: string[]): Promise<{ code: number; lost: string[]; stderr: string }> {
  const r = await cli(['check', '--workspace', dir, '--snapshot', 'snapshot.json', '--format', 'json', ...extra], dir)
  const findings = r.code === 2 ? [] : (JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }).findings
  const lost = findings
    .filter(f => f.rule === 'rotation-access-lost')
    .map(
      f => `${String(f.principal)} ${String(f.action)} ${String(f.file)}:${String(f.startLine)}-${String(f.endLine)}`
    )
  return { code: r.code, lost: lost.sort(), stderr: r.stderr }
}

const LOST = ['kms:RotateKeyOnDemand', 'kms:EnableKeyRotation', 'kms:GetKeyRotationStatus', 'kms:ListKeyRotations']
  .map(a => `${ROLE} ${a} .github/kms-policy-gate.yml:3-6`)
  .sort()

describe('check --base', () => {
  it('a role policy the working tree removes from a template is deleted: the rotation it granted is lost', async () => {
    const dir = workspace(STACK)
    expect(await check(dir, '--base', 'HEAD')).toEqual({ code: 1, lost: LOST, stderr: '' })
    // The same revision by commit id and by branch name.
    expect((await check(dir, '--base', git(dir, 'rev-parse', 'HEAD'))).lost).toEqual(LOST)
    expect((await check(dir, '--base=main')).lost).toEqual(LOST)
    // Without --base the working tree alone cannot show the removal (README, "What a template cannot say").
    expect(await check(dir)).toEqual({ code: 0, lost: [], stderr: '' })
  })

  it('explain --base decides as check --base does: the rotation the removed policy granted is gone after', async () => {
    const dir = workspace(STACK)
    const explain = (...extra: string[]) =>
      cli(
        [
          'explain',
          '--workspace',
          dir,
          '--snapshot',
          'snapshot.json',
          '--key',
          KEY,
          '--principal',
          ROLE,
          '--action',
          'kms:RotateKeyOnDemand',
          '--after',
          ...extra
        ],
        dir
      )
    const withBase = await explain('--base', 'HEAD')
    expect([withBase.code, withBase.stderr]).toEqual([0, ''])
    expect(withBase.stdout.split('\n')[0]).toBe(`kms:RotateKeyOnDemand by ${ROLE} on ${KEY} (after): implicit-deny`)
    // Without it the removal is not seen: the role keeps what the base template granted (as check without --base).
    const alone = await explain()
    expect(alone.stdout.split('\n')[0]).toBe(`kms:RotateKeyOnDemand by ${ROLE} on ${KEY} (after): allowed`)
  })

  it('a template file the working tree deletes: every resource it deployed is deleted', async () => {
    const dir = workspace(undefined)
    // Another template keeps the glob matching.
    fs.writeFileSync(path.join(dir, 'infra/logs.yaml'), STACK)
    expect(await check(dir, '--base', 'HEAD')).toEqual({ code: 1, lost: LOST, stderr: '' })
  })

  it('keeping the resource passes', async () => {
    expect(await check(workspace(STACK + GRANT), '--base', 'HEAD')).toEqual({ code: 0, lost: [], stderr: '' })
  })

  it('what the gate cannot decide about a removal fails: an unreadable base; a deletion from a principal known only at deployment', async () => {
    const unreadable = (dir: string): string => {
      fs.writeFileSync(path.join(dir, 'infra/stack.yaml'), 'Resources: [\n')
      git(dir, 'commit', '-qam', 'broken base')
      fs.writeFileSync(path.join(dir, 'infra/stack.yaml'), `# header\n${STACK}`)
      return dir
    }
    const errors = async (dir: string): Promise<unknown[]> => {
      const r = await cli(
        ['check', '--workspace', dir, '--snapshot', 'snapshot.json', '--format', 'json', '--base', 'HEAD'],
        dir
      )
      const report = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }
      return [
        r.code,
        ...report.findings
          .filter(f => f.rule === 'unread-resource')
          .map(f => [f.severity, f.file, f.startLine, f.message])
      ]
    }
    expect(await errors(unreadable(workspace(STACK + GRANT)))).toEqual([
      1,
      [
        'error',
        'infra/stack.yaml',
        3,
        'infra/stack.yaml as the base commit has it is not a template the gate can read: resources the change removes from it are not checked'
      ]
    ])
    // A policy removed from a principal known only at deployment: which one loses it is not known, so every principal
    // of that kind with a policy of that name may. No checked user has `p`: a warning only.
    const removed = (type: string, nameProperty: string, policyName: string): string => {
      const dir = workspace(STACK)
      fs.writeFileSync(
        path.join(dir, 'infra/stack.yaml'),
        `${STACK}  Imported:\n    Type: ${type}\n    Properties:\n      ${nameProperty}: !ImportValue principal\n      PolicyName: ${policyName}\n      PolicyDocument: {}\n`
      )
      git(dir, 'commit', '-qam', 'base with an imported principal')
      fs.writeFileSync(path.join(dir, 'infra/stack.yaml'), STACK)
      return dir
    }
    expect(await errors(removed('AWS::IAM::UserPolicy', 'UserName', 'p'))).toEqual([
      0,
      [
        'warning',
        'infra/stack.yaml',
        2,
        'Imported (AWS::IAM::UserPolicy) is not deployed (the change removes it from the template), so CloudFormation deletes it from the stack; the user it applies to is known only at deployment: every one that has a policy of its name may lose it'
      ]
    ])
    // The rotation role has a live inline policy `rotation`: it may lose it, so each rotation action it grants is
    // undecided, an error at the template's Resources line.
    const rotation = removed('AWS::IAM::RolePolicy', 'RoleName', 'rotation')
    const r = await cli(
      ['check', '--workspace', rotation, '--snapshot', 'snapshot.json', '--format', 'json', '--base', 'HEAD'],
      rotation
    )
    expect(r.code).toBe(1)
    const findings = (JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }).findings
    expect(
      findings
        .filter(f => f.severity === 'error')
        .map(f => `${String(f.rule)} ${String(f.action)} ${String(f.file)}:${String(f.startLine)}`)
        .sort()
    ).toEqual(
      ['kms:EnableKeyRotation', 'kms:GetKeyRotationStatus', 'kms:ListKeyRotations', 'kms:RotateKeyOnDemand'].map(
        a => `evaluation-inconclusive ${a} infra/stack.yaml:2`
      )
    )
    // Nothing unread when the base is read and every deletion placed.
    expect(await errors(workspace(STACK + GRANT))).toEqual([0])
  })

  it('a key the config maps and the change removes is deleted: its owners lose it (not a config error)', async () => {
    const dir = workspace(STACK + GRANT)
    const config = path.join(dir, '.github/kms-policy-gate.yml')
    fs.appendFileSync(config, `    keys:\n      AppKey: ${KEY}\n`)
    const key =
      '  AppKey:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy:\n        Version: "2012-10-17"\n        Statement:\n' +
      `          - Effect: Allow\n            Principal: {AWS: "arn:aws:iam::111122223333:root"}\n            Action: "kms:*"\n            Resource: "*"\n`
    fs.writeFileSync(path.join(dir, 'infra/stack.yaml'), STACK + GRANT + key)
    git(dir, 'commit', '-qam', 'the key in the stack')
    fs.writeFileSync(path.join(dir, 'infra/stack.yaml'), STACK + GRANT)
    const r = await cli(
      ['check', '--workspace', dir, '--snapshot', 'snapshot.json', '--format', 'json', '--base', 'HEAD'],
      dir
    )
    expect([r.code, r.stderr]).toEqual([1, ''])
    const findings = (JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }).findings
    expect(
      findings.filter(f => f.rule === 'owner-lockout').map(f => [f.principal, f.action, f.file, f.startLine])
    ).toEqual([['arn:aws:iam::111122223333:root', 'kms:PutKeyPolicy', 'infra/stack.yaml', 2]])
    // Without the base the mapping names no resource: the config is wrong (exit 2).
    const alone = await cli(['check', '--workspace', dir, '--snapshot', 'snapshot.json'], dir)
    expect([alone.code, alone.stderr]).toEqual([
      2,
      expect.stringContaining('keys: AppKey is not a resource of infra/stack.yaml')
    ])
  })

  it('a template the revision does not have is read as new, with a warning at its config entry', async () => {
    // The template built in the workflow (CDK output) is not committed: its removals cannot be seen.
    const dir = workspace(STACK + GRANT)
    fs.writeFileSync(path.join(dir, 'infra/built.yaml'), STACK)
    const warnings = async (): Promise<unknown[]> => {
      const r = await cli(
        ['check', '--workspace', dir, '--snapshot', 'snapshot.json', '--format', 'json', '--base', 'HEAD'],
        dir
      )
      const findings = (JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }).findings
      return [
        r.code,
        ...findings.filter(f => f.rule === 'unread-resource').map(f => [f.severity, f.file, f.startLine, f.message])
      ]
    }
    expect(await warnings()).toEqual([
      0,
      [
        'warning',
        '.github/kms-policy-gate.yml',
        8,
        'infra/built.yaml is not in the base commit: it is read as a new template, so what the change removes from a stack already deployed from it (a template built in the workflow, such as CDK output) is not checked; name the stack (`stack:`) so that its deployed template is read, commit the template, or review the removals by hand'
      ]
    ])
    // Committed, it has a base: no warning.
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'built')
    expect(await warnings()).toEqual([0])
  })

  it('a revision the repository does not have, an option-like value or a workspace without git: exit 2 naming it', async () => {
    const dir = workspace(STACK)
    const unknown = await check(dir, '--base', 'no-such-branch')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(
      /^kms-policy-gate: --base: "no-such-branch" is not a commit of the git repository at the workspace/
    )
    const option = await check(dir, '--base=--output=/tmp/x')
    expect(option.code).toBe(2)
    expect(option.stderr).toContain('--base: "--output=/tmp/x" is not a git revision')
    fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true })
    const noGit = await check(dir, '--base', 'HEAD')
    expect(noGit.code).toBe(2)
    expect(noGit.stderr).toContain('--base: "HEAD" is not a commit of the git repository at the workspace')
  })
})
