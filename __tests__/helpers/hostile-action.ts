/**
 * Runs the action entry (`run()` of src/action/run.ts) in this process as a runner would start it: inputs as
 * INPUT_* variables, GITHUB_WORKSPACE, GITHUB_OUTPUT; captures the workflow commands it prints.
 */
import fs from 'node:fs'
import path from 'node:path'
import { jest } from '@jest/globals'
import { tempDir } from './hostile-workspace.js'

export interface ActionRun {
  stdout: string
  outputs: string
  exitCode: number | undefined
}

export async function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const { run } = await import('../../src/action/run.js')
  const outputFile = path.join(tempDir('kpg-action-'), 'output')
  fs.writeFileSync(outputFile, '')
  const saved = { ...process.env }
  const savedExitCode = process.exitCode
  for (const key of Object.keys(process.env))
    if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key]
  process.env.GITHUB_WORKSPACE = workspace
  process.env.GITHUB_OUTPUT = outputFile
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  let stdout = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  })
  try {
    await run()
  } finally {
    spy.mockRestore()
    process.env = saved
  }
  const exitCode = process.exitCode as number | undefined
  process.exitCode = savedExitCode
  return { stdout, outputs: fs.readFileSync(outputFile, 'utf8'), exitCode }
}
