/**
 * Fuzzing the readers of everything a pull request can write (issue 9): policy files, the config, CloudFormation
 * templates (JSON and YAML), Terraform plans and the snapshot, with random text and with mutations of real
 * inputs. Whatever the input: no exception escapes except a GateError that names its file, every problem has a
 * file and a line, and each input is read in bounded time.
 *
 * Seeded, so a failure repeats. `npm test` runs a hundred inputs per reader; FUZZ_RUNS=20000 (and FUZZ_SEED)
 * run longer.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { loadConfig } from '../src/config/load.js'
import { GateError } from '../src/errors.js'
import { parsePolicyText } from '../src/policy/parse.js'
import { readCloudFormation } from '../src/sources/cloudformation/template.js'
import { readTerraformPlan } from '../src/sources/terraform/plan.js'
import { parseSnapshot } from '../src/state/snapshot.js'
import { KEY, repo, SHARED_SNAPSHOT } from './helpers/repos.js'
import { CONFIG, cleanUp, keyPolicy, tempDir } from './helpers/hostile-workspace.js'

afterAll(cleanUp)

const RUNS = Number(process.env.FUZZ_RUNS ?? 100)
const SEED = Number(process.env.FUZZ_SEED ?? 20261205)
/** Per input; generous for a loaded 2-core machine, far below what a hang or a blow-up takes. */
const MAX_MS = 2000

const fixture = (name: string, file: string): string => fs.readFileSync(path.join(repo(name), file), 'utf8')
const SEEDS = {
  policy: keyPolicy([
    {
      Sid: 'D',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringLike: { 'aws:PrincipalArn': '*?x' } }
    }
  ]),
  config: CONFIG + 'context:\n  arn:aws:iam::111122223333:role/x:\n    aws:SourceVpc: vpc-1\n',
  cfnJson: fixture('iac-cfn-json-rotation-access-lost', 'infra/kms-stack-ok.template.json'),
  cfnYaml: fixture('iac-cfn-yaml-rotation-access-lost', 'infra/kms-stack-ok.yaml'),
  plan: fixture('iac-tf-rotation-access-lost', 'fixed/plan.json'),
  snapshot: fs.readFileSync(SHARED_SNAPSHOT, 'utf8')
}

/** Pieces that tend to break readers: structure, escapes, odd characters, wildcards, names with meaning in JS. */
const TOKENS = [
  '['.repeat(600),
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  '\\u0000',
  '\u0000',
  '\u00a0',
  '\r',
  '\n',
  '\t',
  '\ufeff',
  '\u2028',
  '"__proto__"',
  '"constructor"',
  '"Effect"',
  '"Statement"',
  '*',
  '?',
  '${aws:username}',
  '!Ref ',
  '&a',
  '*a',
  '- ',
  '---',
  '#',
  '//',
  '/*',
  'null',
  'true',
  '1e999',
  '-0',
  '[[[[[[[[',
  '{"a":',
  '"Effect": "Allow",',
  '::error::x',
  '##[error]',
  'arn:aws:iam::111122223333:role/',
  'kms:*',
  '"Resources": {"constructor": {"Type": "AWS::KMS::Key"}}'
]

/** A mutation of `seed`: insertions of tokens or random text, deletions, and duplicated slices. */
function mutated(seed: string): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.nat({ max: 3 }),
    fc.nat({ max: seed.length }),
    fc.nat({ max: 200 }),
    fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8, unit: 'binary' }))
  )
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map(edits => {
    let text = seed
    for (const [kind, at, length, piece] of edits) {
      const i = Math.min(at, text.length)
      if (kind === 0) text = text.slice(0, i) + piece + text.slice(i)
      else if (kind === 1) text = text.slice(0, i) + text.slice(i + length)
      else if (kind === 2) text = text.slice(0, i) + text.slice(i, i + length) + text.slice(i)
      else text = text.slice(0, i) + piece.repeat(1 + (length % 50)) + text.slice(i)
    }
    return text
  })
}

function inputs(seed: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: mutated(seed) },
    { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 6 }) }
  )
}

/** Runs `read`; only a GateError naming a file may escape, and it must take less than MAX_MS. */
function bounded(read: () => void): void {
  const start = performance.now()
  try {
    read()
  } catch (error) {
    if (!(error instanceof GateError)) throw error
    expect(error.file).toBeTruthy()
  }
  expect(performance.now() - start).toBeLessThan(MAX_MS)
}

function problemsHaveLines(problems: { line: number; file?: string }[], file: string): void {
  for (const p of problems) {
    expect(Number.isInteger(p.line) && p.line >= 0).toBe(true)
    if (p.file !== undefined) expect(p.file).toBe(file)
  }
}

const options = { seed: SEED, numRuns: RUNS }

describe('fuzz', () => {
  it('the policy reader', () => {
    fc.assert(
      fc.property(inputs(SEEDS.policy), text => {
        bounded(() => {
          const doc = parsePolicyText(text, { kind: 'key', name: 'p.json', file: 'p.json' })
          for (const issue of doc.issues) expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true)
        })
      }),
      options
    )
  })

  it('the config loader', () => {
    const ws = tempDir('kpg-fuzz-')
    fs.mkdirSync(path.join(ws, 'policies'))
    fs.writeFileSync(path.join(ws, 'policies/key.json'), keyPolicy())
    fc.assert(
      fc.property(inputs(SEEDS.config), fc.boolean(), (text, json) => {
        const file = json ? 'gate.json' : 'gate.yml'
        fs.writeFileSync(path.join(ws, file), text)
        bounded(() => void loadConfig(ws, file))
      }),
      options
    )
  })

  it('the CloudFormation reader (JSON and YAML)', () => {
    fc.assert(
      fc.property(fc.oneof(inputs(SEEDS.cfnJson), inputs(SEEDS.cfnYaml)), fc.boolean(), (text, mapped) => {
        bounded(() => {
          const result = readCloudFormation({
            file: 't.template',
            text,
            keys: mapped ? { AppDataKey: KEY, constructor: KEY } : {},
            principals: {},
            context: { account: '111122223333', region: 'us-east-1', partition: 'aws' }
          })
          problemsHaveLines(result.problems, 't.template')
        })
      }),
      options
    )
  })

  it('the Terraform plan reader', () => {
    const ws = tempDir('kpg-fuzz-')
    fc.assert(
      fc.property(inputs(SEEDS.plan), text => {
        bounded(() => {
          const result = readTerraformPlan({ file: 'plan.json', text, workspace: ws, keys: {}, principals: {} })
          problemsHaveLines(result.problems, 'plan.json')
        })
      }),
      options
    )
  })

  it('the snapshot reader', () => {
    fc.assert(
      fc.property(inputs(SEEDS.snapshot), text => {
        bounded(() => void parseSnapshot(text, 'snapshot.json'))
      }),
      options
    )
  })
})
