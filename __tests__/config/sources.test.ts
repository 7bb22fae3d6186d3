/**
 * The config is read by the gate's own YAML reader (yaml-fast.ts, YAML 1.2 core tags) or, for YAML outside its
 * subset, by the `yaml` library, which holds dozens of times the text and reads only configs up to 256 KiB. Both
 * paths must give the same config and the same errors at the same lines.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/errors.js'
import { parseYamlFast } from '../../src/policy/yaml-fast.js'
import type { Config } from '../../src/config/types.js'

const FIXTURES = path.resolve('__tests__/fixtures/repos')
const CONFIG = '.github/kms-policy-gate.yml'
const roots: string[] = []
afterAll(() => {
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true })
})

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpg-config-src-'))
  roots.push(dir)
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), content)
  }
  return dir
}

const fast = (text: string): boolean => parseYamlFast(text, undefined, {}, { version: '1.2' }) !== undefined

/** The config, or the error, as loaded from `text`. */
function outcome(ws: string, rel: string, text: string): unknown {
  try {
    return { config: loadConfig(ws, rel, { text }) }
  } catch (error) {
    // Anything but a config error is a crash.
    if (!(error instanceof ConfigError)) throw error
    return { error: error.message, file: error.file, line: error.line }
  }
}

/** A document end marker and a tab after it send a config to the library and change nothing else. */
const viaLibrary = (text: string): string => `${text.endsWith('\n') ? text : `${text}\n`}...\n\t#\n`

describe('the config through the gate’s reader and through the library', () => {
  it('gives the same config or error for every fixture config', () => {
    const configs = fs
      .readdirSync(FIXTURES)
      .flatMap(repo => {
        const dir = path.join(FIXTURES, repo, '.github')
        return fs.existsSync(dir)
          ? fs.readdirSync(dir).map(name => ({ ws: path.join(FIXTURES, repo), rel: `.github/${name}` }))
          : []
      })
      .filter(c => /\.ya?ml$/.test(c.rel))
    expect(configs.length).toBeGreaterThan(100)
    let read = 0
    for (const { ws, rel } of configs) {
      const text = fs.readFileSync(path.join(ws, rel), 'utf8')
      expect(fast(viaLibrary(text))).toBe(false)
      if (fast(text)) read++
      expect(outcome(ws, rel, text)).toEqual(outcome(ws, rel, viaLibrary(text)))
    }
    expect(read / configs.length).toBeGreaterThan(0.95)
  })

  it('gives the same values and errors for YAML 1.2 scalars, flow lists over lines and mistakes', () => {
    const ws = workspace({ 'p.json': '{}' })
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const role = 'arn:aws:iam::111122223333:role/r'
    const texts = [
      // The contract's example writes the rotation actions as a flow list over two lines.
      `version: 1\nkeys:\n  - key: ${key}\n    rotation:\n      principals: [${role}]\n      actions: [kms:RotateKeyOnDemand,\n                kms:DescribeKey]   # c\n`,
      `version: 1\nkeys:\n  - key: ${key}\n    policy: p.json\ncontext:\n  ${role}:\n    aws:SourceAccount: 011122223333\n    aws:A: 0x1F\n    aws:B: [yes, on, 1e3, 0o17]\n    "aws:C": 'q'\n`,
      `version: 1\nkeys:\n  - key: ${key}\n    unknown-field: 1\n`,
      `version: "1"\nkeys: []\n`,
      `version: 1\nkeys:\n  - key: ${key}\n    key: ${key}\n`,
      `version: 1\nkeys:\n  - key: ${key}\n    __proto__: x\n`,
      `version: 1\nkeys:\n  - key: ${key}\n    policy: missing.json\n`,
      `version: 1\nkeys:\n  - key: ${key}\n    rotation:\n      max-age-days: ninety\n`,
      `version: 1\nregion: us-east-1\nkeys:\n  - key: ${key}\n    rotation: {principals: [${role}],\n      actions: [kms:DescribeKey]}\n`,
      // The context is read entry by entry by the gate's reader (ConditionContext): the same values and errors, at
      // the same lines, as the library's whole tree gives. An entry's mistake after an earlier one elsewhere, and
      // before a later one elsewhere; a principal twice; a key twice inside an entry; an entry that is a list; the
      // section as a list, in flow style, empty.
      `version: 1\nkeys:\n  - key: ${key}\ncontext:\n  ${role}:\n    aws:SourceVpc: vpc-1\n  ${role}2:\n    aws:SourceVpc: {a: b}\nignore:\n  - rule: nope\n`,
      `version: 2\nkeys:\n  - key: ${key}\ncontext:\n  ${role}:\n    aws:SourceVpc: {a: b}\n`,
      `version: 1\nkeys:\n  - key: ${key}\ncontext:\n  ${role}:\n    aws:SourceVpc: vpc-1\n  ${role}:\n    aws:SourceVpc: vpc-2\n`,
      `version: 1\nkeys:\n  - key: ${key}\ncontext:\n  ${role}:\n    aws:SourceVpc: vpc-1\n    aws:SourceVpc: vpc-2\n`,
      `version: 1\nkeys:\n  - key: ${key}\ncontext:\n  ${role}:\n    - aws:SourceVpc\n`,
      `version: 1\nkeys:\n  - key: ${key}\ncontext:\n  - ${role}\n`,
      `version: 1\nkeys:\n  - key: ${key}\ncontext: {${role}: {aws:SourceVpc: [vpc-1, vpc-2]}}\n`,
      `version: 1\nkeys:\n  - key: ${key}\ncontext:\n`,
      `version: 1\nkeys:\n  - key: ${key}\ncontext:\n  not-an-arn:\n    aws:SourceVpc: vpc-1\n  ${role}:\n    aws:UserAgent: 12\n`,
      `version: 1\nkeys:\n  - key: ${key}\ncontext:\n  ${role}:\n    aws:SourceVpc: vpc-1\n  arn:aws-cn:iam::111122223333:role/x:\n    aws:SourceVpc: vpc-1\n`
    ]
    const outcomes: unknown[] = []
    for (const text of texts) {
      // A key written twice is an error the reader finds itself (`key` in an entry: 4, a principal: 11, a condition
      // key: 12); the library then gives its error.
      expect(fast(text)).toBe(![4, 11, 12].includes(texts.indexOf(text)))
      outcomes.push(outcome(ws, CONFIG, text))
      expect(outcome(ws, CONFIG, text)).toEqual(outcome(ws, CONFIG, viaLibrary(text)))
    }
    const r = (arn: string): string => `context["${arn}"]`
    expect(outcomes.slice(9).map(o => ('error' in (o as object) ? o : 'config'))).toEqual(
      [
        [8, `${r(`${role}2`)}["aws:SourceVpc"]: expected a string, number or boolean`],
        [1, 'version: must be 1 (got 2)'],
        [7, `cannot parse config: key "${role}" appears twice in the same mapping`],
        [7, 'cannot parse config: key "aws:SourceVpc" appears twice in the same mapping'],
        [5, `${r(role)}: expected a mapping, got a list`],
        [4, 'context: expected a mapping, got a list'],
        'config',
        [4, 'context: expected a mapping, got an empty value'],
        [5, `${r('not-an-arn')}: not an IAM role/user/root ARN: "not-an-arn"`],
        [7, `${r('arn:aws-cn:iam::111122223333:role/x')}: ARN is in partition aws-cn but the keys are in aws`]
      ].map(e => (typeof e === 'string' ? e : { error: e[1], file: CONFIG, line: e[0] }))
    )
    // A document end marker with text after it on its line (found by FUZZ_RUNS=3000): not a key, whoever reads it.
    for (const marker of ['...', '---']) {
      const text = `version: 1\nkeys:\n  - key: ${key}\n${marker}    rotation:\n`
      expect(fast(text)).toBe(false)
      expect(outcome(ws, CONFIG, text)).toEqual(outcome(ws, CONFIG, viaLibrary(text)))
      expect(outcome(ws, CONFIG, text)).toEqual(expect.objectContaining({ line: 4 }))
    }
    const flow = outcomes[15] as { config: Config }
    expect(flow.config.context.get(role)).toEqual({ 'aws:SourceVpc': ['vpc-1', 'vpc-2'] })
    // Values are kept as written whichever reader took them.
    const written = outcome(ws, CONFIG, texts[1]) as { config: Config }
    expect(written.config.context.get(role)).toEqual({
      'aws:SourceAccount': ['011122223333'],
      'aws:A': ['0x1F'],
      'aws:B': ['yes', 'on', '1e3', '0o17'],
      'aws:C': ['q']
    })
  })
})

describe('mutated fixture configs', () => {
  // Hostile and broken edits: only config errors come out, and the gate's reader and the library give the same
  // config or the same error at the same line (FUZZ_RUNS for a longer run; 11,000 edits agreed).
  it('give the same outcome through both readers', () => {
    const configs = fs.readdirSync(FIXTURES).flatMap(repo => {
      const dir = path.join(FIXTURES, repo, '.github')
      return fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter(name => /\.ya?ml$/.test(name))
            .map(name => ({ ws: path.join(FIXTURES, repo), rel: `.github/${name}` }))
        : []
    })
    const pieces = [' ', '  ', '\n', '-', ':', '#', '[', ']', '{', '}', ',', '"', "'", '|', '>', '!', '&', '*', '?']
    pieces.push('\t', '\\', 'a', '1', '.', '- ', ': ', '\n  ', '|-', '~', '0x', '...', '---', '__proto__', 'yes')
    let seed = 3
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
    const runs = Number(process.env.FUZZ_RUNS ?? 400)
    let read = 0
    for (let i = 0; i < runs; i++) {
      const { ws, rel } = pick(configs)
      let text = fs.readFileSync(path.join(ws, rel), 'utf8')
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) {
        const at = Math.floor(random() * text.length)
        const op = random()
        if (op < 0.4) text = text.slice(0, at) + pick(pieces) + text.slice(at)
        else if (op < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3))
        else text = text.slice(0, at) + pick(pieces) + text.slice(at + 1)
      }
      const result = outcome(ws, rel, text) as { error?: string }
      if (!fast(text)) continue
      read++
      expect({ text, result }).toEqual({ text, result: outcome(ws, rel, viaLibrary(text)) })
    }
    expect(read).toBeGreaterThan(runs / 3)
  })
})

describe('mutated context sections', () => {
  // The context is read entry by entry (ConditionContext); its mistakes must come out as the library's whole tree
  // gives them: same config, or same error at the same line. A JSON config (read entry by entry by the JSON reader)
  // gives what the same document gives as one YAML flow mapping (read whole).
  const role = (i: number): string => `arn:aws:iam::111122223333:role/r${i}`
  const base = [
    'version: 1',
    'keys:',
    '  - key: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'context:',
    `  ${role(1)}:`,
    '    aws:SourceVpc: vpc-1',
    `  "${role(2)}":`,
    '    aws:SourceVpc: [vpc-1, vpc-2]   # two',
    '    aws:SourceAccount: 011122223333',
    '',
    `  ${role(3)}: {aws:SourceIp: 10.0.0.0/8}`,
    `  ${role(4)}:`,
    '    aws:CalledVia:',
    '      - athena.amazonaws.com',
    '      - "glue.amazonaws.com"',
    'ignore:',
    '  - rule: unread-resource',
    '    reason: test',
    ''
  ].join('\n')
  let seed = 11
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const pieces = [' ', '  ', '\n', '- ', ': ', '#', '[', ']', '{', '}', ',', '"', "'", 'aws:', 'x', '1', '__proto__']
  pieces.push(
    `\n  ${role(1)}:\n    aws:SourceVpc: v`,
    '\n    aws:SourceVpc: w',
    'arn:aws-cn:',
    'aws:PrincipalArn',
    '\t'
  )

  it('give the same outcome through both readers', () => {
    const ws = workspace({})
    const runs = Number(process.env.FUZZ_RUNS ?? 300)
    let read = 0
    for (let i = 0; i < runs; i++) {
      let text = base
      for (let m = 1 + Math.floor(random() * 2); m > 0; m--) {
        const at = base.indexOf('context:') + Math.floor(random() * (base.length - base.indexOf('context:')))
        const op = random()
        if (op < 0.5) text = text.slice(0, at) + pick(pieces) + text.slice(at)
        else if (op < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3))
        else text = text.slice(0, at) + pick(pieces) + text.slice(at + 1)
      }
      const result = outcome(ws, CONFIG, text)
      if (!fast(text)) continue
      read++
      expect({ text, result }).toEqual({ text, result: outcome(ws, CONFIG, viaLibrary(text)) })
    }
    expect(read).toBeGreaterThan(runs / 3)
  })

  it('a principal twice in the context of a JSON config is an error at the second', () => {
    const ws = workspace({})
    const json = [
      '{"version": 1,',
      ' "keys": [{"key": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}],',
      ' "context": {',
      `  "${role(1)}": {"aws:SourceVpc": "vpc-1"},`,
      `  "${role(2)}": {"aws:SourceVpc": "vpc-2"},`,
      `  "${role(1)}": {"aws:SourceVpc": "vpc-3"}`,
      ' }}',
      ''
    ].join('\n')
    fs.writeFileSync(path.join(ws, 'c.json'), json)
    expect(outcome(ws, 'c.json', json)).toEqual({
      error: `cannot parse config: key "${role(1)}" appears twice in the same mapping`,
      file: 'c.json',
      line: 6
    })
  })

  it('a JSON config gives what the same document gives as a YAML flow mapping', () => {
    const ws = workspace({})
    const runs = Number(process.env.FUZZ_RUNS ?? 300)
    for (let i = 0; i < runs; i++) {
      const context: Record<string, unknown> = {}
      for (let e = Math.floor(random() * 5); e > 0; e--) {
        const arn = pick([role(1), role(2), 'not-an-arn', 'arn:aws-cn:iam::111122223333:role/x', '__proto__'])
        const value = pick<unknown>(['vpc-1', ['a', 'b'], 12, true, null, { a: 1 }, [], [1, 'x']])
        context[arn] = pick<unknown>([{ 'aws:SourceVpc': value }, { 'aws:PrincipalArn': 'x' }, { bad: 1 }, [], 'x'])
      }
      const doc = {
        version: 1,
        keys: [{ key: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }],
        context
      }
      const json = JSON.stringify(doc, null, random() < 0.5 ? 2 : undefined)
      fs.writeFileSync(path.join(ws, 'c.json'), json)
      fs.writeFileSync(path.join(ws, 'c.yml'), json)
      // The file name aside (the context as its plain mapping, with lines, through toJSON).
      const same = (o: unknown): unknown => JSON.parse(JSON.stringify(o).replace(/"c\.(?:json|yml)"/g, '"c"'))
      const asJson = same(outcome(ws, 'c.json', json))
      expect({ json, result: asJson }).toEqual({ json, result: same(outcome(ws, 'c.yml', json)) })
    }
  })
})

describe('a large config outside the reader’s subset', () => {
  const entry = (i: number): string =>
    `  - name: key-${i}\n    key: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-${String(i).padStart(12, '0')}\n`
  const large = (extra: string, count = 3000): string => {
    let text = `version: 1\nkeys:\n${extra}`
    for (let i = 0; i < count; i++) text += entry(i)
    return text
  }

  it('is read by the gate’s reader when it is plain YAML', () => {
    const text = large('')
    expect(text.length).toBeGreaterThan(256 * 1024)
    const { config } = outcome(workspace({}), CONFIG, text) as { config: { keys: unknown[] } }
    expect(config.keys).toHaveLength(3000)
  })

  it('is an error at the line the reader stopped at, naming what it found', () => {
    const ws = workspace({})
    const alias =
      '  - name: &n first\n    key: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n'
    expect(outcome(ws, CONFIG, large(alias))).toEqual({
      error: expect.stringMatching(
        /^cannot parse config: the config uses a YAML anchor or alias \(CloudFormation does not accept aliases\) here, which the gate reads only in YAML configs up to 256 KiB \(this one has \d+ KiB;/
      ),
      file: CONFIG,
      line: 3
    })
    // Under the limit the library reads it.
    expect(outcome(ws, CONFIG, large(alias, 100))).toMatchObject({ config: { file: CONFIG } })
  })

  it('a key written twice is the same error above the limit as below it', () => {
    const ws = workspace({})
    const twice =
      '  - name: a\n    name: b\n    key: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n'
    for (const count of [3000, 10]) {
      expect(outcome(ws, CONFIG, large(twice, count))).toEqual({
        error: 'cannot parse config: key "name" appears twice in the same mapping',
        file: CONFIG,
        line: 4
      })
    }
  })
})

describe('a config nested too deeply for the library', () => {
  it('is a config error at its line', () => {
    const text = `version: 1\nkeys: ${'['.repeat(20_000)}\n`
    for (let i = 0; i < 2; i++) {
      expect(outcome(workspace({}), CONFIG, text)).toEqual({
        error: 'cannot parse config: the config is nested deeper than 400 levels',
        file: CONFIG,
        line: 2
      })
    }
  })
})

describe('a config with a very long list', () => {
  it('is read (no spread of the list into a call)', () => {
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const text = `version: 1\nlong: [${'x, '.repeat(150_000)}x]\nkeys:\n  - key: ${key}\n`
    const result = outcome(workspace({}), CONFIG, text) as { error?: string; line?: number }
    // The list is read; the field is then found not to be one of the config's.
    expect(result.error).toMatch(/^long: /)
    expect(result.line).toBe(2)
  })
})
