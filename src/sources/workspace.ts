import fs from 'node:fs'
import path from 'node:path'
import { MAX_INPUT_BYTES } from '../constants.js'
import { ConfigError, GateError } from '../errors.js'

/**
 * Every file the gate reads from the repository goes through here, so a pull request cannot make the
 * gate read outside the checkout (absolute paths, `..`, symbolic links) or swallow a huge file.
 */

/** Where a path was named (the config file and line): errors then point there and are config errors. */
export interface Where {
  file: string
  line: number
}

export interface WorkspaceFile {
  /** Absolute path, as named (symbolic links inside the workspace are not replaced). */
  path: string
  /** Workspace-relative path with `/`. */
  rel: string
  text: string
  bytes: number
}

function fail(message: string, where?: Where): GateError {
  return where ? new ConfigError(message, where.file, where.line) : new GateError(message)
}

function quote(value: string): string {
  return JSON.stringify(value)
}

function realWorkspace(workspace: string): string {
  try {
    const real = fs.realpathSync(path.resolve(workspace))
    if (!fs.statSync(real).isDirectory()) throw new GateError(`workspace ${quote(workspace)} is not a directory`)
    return real
  } catch (error) {
    if (error instanceof GateError) throw error
    throw new GateError(`workspace ${quote(workspace)} does not exist`)
  }
}

/**
 * Checks the spelling of a workspace-relative path and returns it normalised with `/`.
 * Both POSIX and Windows absolute forms are refused so a config means the same on every runner.
 */
export function normaliseRelPath(relPath: string, where?: Where): string {
  if (relPath.trim() === '') throw fail('path is empty', where)
  if (relPath.includes('\0')) throw fail(`path ${quote(relPath)} contains a NUL character`, where)
  if (path.posix.isAbsolute(relPath) || path.win32.isAbsolute(relPath)) {
    throw fail(`path ${quote(relPath)} is absolute; paths must be relative to the workspace`, where)
  }
  const normal = path.posix.normalize(relPath.split(path.sep).join('/'))
  if (normal === '..' || normal.startsWith('../')) throw fail(`path ${quote(relPath)} is outside the workspace`, where)
  return normal
}

/**
 * Absolute path of a workspace file that exists, is a regular file and whose real location
 * (symbolic links followed) is inside the real workspace.
 */
export function resolveInWorkspace(workspace: string, relPath: string, where?: Where): string {
  return locate(workspace, relPath, where).abs
}

function locate(workspace: string, relPath: string, where?: Where): { abs: string; real: string; rel: string } {
  const rel = normaliseRelPath(relPath, where)
  const root = realWorkspace(workspace)
  const abs = path.resolve(workspace, rel)
  let real: string
  try {
    real = fs.realpathSync(abs)
  } catch (error) {
    throw fail(describeFsError(error, relPath), where)
  }
  if (!isWithin(root, real)) {
    throw fail(`path ${quote(relPath)} is outside the workspace (a symbolic link resolves to ${quote(real)})`, where)
  }
  const stat = fs.statSync(real)
  if (stat.isDirectory()) throw fail(`path ${quote(relPath)} is a directory, not a file`, where)
  // FIFOs and devices would block or never end.
  if (!stat.isFile()) throw fail(`path ${quote(relPath)} is not a regular file`, where)
  return { abs, real, rel }
}

function isWithin(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

function describeFsError(error: unknown, relPath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return `file ${quote(relPath)} does not exist`
    case 'ENOTDIR':
      return `file ${quote(relPath)} does not exist (a parent is not a directory)`
    case 'EACCES':
    case 'EPERM':
      return `file ${quote(relPath)} cannot be read: permission denied`
    case 'ELOOP':
      return `file ${quote(relPath)} cannot be read: too many levels of symbolic links`
    default:
      return `file ${quote(relPath)} cannot be read: ${error instanceof Error ? error.message : String(error)}`
  }
}

/** Reads a workspace file, refusing files over `maxBytes` before reading them. */
export function readWorkspaceFile(
  workspace: string,
  relPath: string,
  opts: { maxBytes?: number; where?: Where } = {},
  where: Where | undefined = opts.where
): WorkspaceFile {
  const { abs, real, rel } = locate(workspace, relPath, where)
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES
  const tooLarge = (size: number): GateError =>
    fail(`file ${quote(relPath)} is ${size} bytes, over the limit of ${maxBytes} bytes`, where)
  let buffer: Buffer
  try {
    const size = fs.statSync(real).size
    if (size > maxBytes) throw tooLarge(size)
    buffer = fs.readFileSync(real)
  } catch (error) {
    if (error instanceof GateError) throw error
    throw fail(describeFsError(error, relPath), where)
  }
  // The file may have grown between stat and read.
  if (buffer.length > maxBytes) throw tooLarge(buffer.length)
  // Invalid UTF-8 decodes to U+FFFD; a leading byte order mark is dropped so JSON parsers accept the text.
  let text = buffer.toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { path: abs, rel, text, bytes: buffer.length }
}

/** Workspace-relative path with `/`, for reports. Accepts paths under the workspace as given or as its real path. */
export function toWorkspaceRel(workspace: string, absPath: string): string {
  const given = path.resolve(workspace)
  const candidates = [path.relative(given, path.resolve(absPath))]
  try {
    const real = fs.realpathSync(given)
    candidates.push(path.relative(real, path.resolve(absPath)))
    candidates.push(path.relative(real, fs.realpathSync(absPath)))
  } catch {
    // Missing paths are related lexically only.
  }
  const inside = candidates.find(rel => rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
  return (inside ?? candidates[0]).split(path.sep).join('/')
}
