/**
 * A throw-away repository for the hostile-input tests: the config-error fixture's snapshot and a key policy
 * that keeps rotation and the account root, plus whatever files a test adds. Every test starts from a copy.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { KEY, ROLE, SHARED_SNAPSHOT, cli, type RunResult } from './repos.js'

export const SNAPSHOT = JSON.parse(fs.readFileSync(SHARED_SNAPSHOT, 'utf8')) as {
  account: string
  keys: { arn: string; policy: unknown }[]
  principals: unknown[]
  knownPrincipals: string[]
}

export const CONFIG = `version: 1
keys:
  - name: app-data
    key: ${KEY}
    policy: policies/key.json
    rotation:
      principals: [${ROLE}]
`

/** A key policy keeping the root delegation and the rotation role's grant; `extra` statements are appended. */
export function keyPolicy(extra: object[] = []): string {
  return (
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EnableRootDelegation',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'kms:*',
            Resource: '*'
          },
          {
            Sid: 'AllowRotation',
            Effect: 'Allow',
            Principal: { AWS: ROLE },
            Action: [
              'kms:RotateKeyOnDemand',
              'kms:EnableKeyRotation',
              'kms:GetKeyRotationStatus',
              'kms:ListKeyRotations',
              'kms:DescribeKey'
            ],
            Resource: '*'
          },
          ...extra
        ]
      },
      null,
      2
    ) + '\n'
  )
}

const temps: string[] = []

export function tempDir(prefix = 'kpg-hostile-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(dir)
  return dir
}

export function cleanUp(): void {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}

/** A workspace with `.github/kms-policy-gate.yml`, `policies/key.json` and `snapshot.json`, plus `files`. */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir()
  const all: Record<string, string | Buffer> = {
    '.github/kms-policy-gate.yml': CONFIG,
    'policies/key.json': keyPolicy(),
    'snapshot.json': JSON.stringify(SNAPSHOT, null, 2) + '\n',
    ...files
  }
  for (const [rel, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), content)
  }
  return dir
}

/** `check` offline from inside the workspace; `extra` arguments come last. */
export function runCheck(dir: string, extra: string[] = [], format = 'json'): Promise<RunResult> {
  return cli(
    [
      'check',
      '--workspace',
      dir,
      '--snapshot',
      'snapshot.json',
      '--format',
      format,
      '--now',
      '2026-11-29T00:00:00Z',
      ...extra
    ],
    dir
  )
}

/** Milliseconds taken by `fn`. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - start }
}
