import fs from 'node:fs'
import path from 'node:path'
import { GateError } from './errors.js'

/**
 * Writing the report and SARIF files. The workspace is the pull request's content: a committed symbolic link
 * named like an output file, or a committed directory link on its way, would make the gate overwrite a file
 * elsewhere on the runner. So inside the workspace nothing is written through a symbolic link; the action
 * writes only inside the workspace; the command line writes where its caller says, but never through a
 * symbolic link as the file itself.
 */
export interface OutputRules {
  /** The path came from the command line: a place outside the workspace is the caller's choice. */
  outsideAllowed: boolean
}

function isWithin(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}

/** Writes `text` to `file` (absolute, or relative to the workspace); returns the absolute path written. */
export function writeOutputFile(workspace: string, file: string, text: string, rules: OutputRules): string {
  const target = path.resolve(workspace, file)
  const given = path.resolve(workspace)
  const root = realOrSelf(given)
  const inside = isWithin(given, target) || isWithin(root, target)
  if (!inside && !rules.outsideAllowed) {
    throw new GateError(`cannot write ${file}: the path is outside the workspace`)
  }
  if (inside) refuseLinkedDirectories(given, root, target, file)
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true })
  } catch (e) {
    throw new GateError(`cannot create the directory for ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
  let fd: number
  try {
    // O_NOFOLLOW: a symbolic link as the file itself fails (ELOOP) instead of being followed; O_NONBLOCK: a FIFO
    // does not hang the run.
    fd = fs.openSync(
      target,
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK,
      0o644
    )
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ELOOP')
      throw new GateError(`cannot write ${file}: it is a symbolic link; remove it or choose another path`)
    throw new GateError(`cannot write ${file}: ${code ?? String(e)}`)
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new GateError(`cannot write ${file}: it is not a regular file`)
    fs.ftruncateSync(fd, 0)
    const bytes = Buffer.from(text, 'utf8')
    for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done)
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  } finally {
    fs.closeSync(fd)
  }
  return target
}

/** Inside the workspace, every directory on the way that already exists must be a real directory inside it. */
function refuseLinkedDirectories(given: string, root: string, target: string, file: string): void {
  const base = isWithin(given, target) ? given : root
  const parts = path.relative(base, path.dirname(target)).split(path.sep).filter(Boolean)
  let dir = base
  for (const part of parts) {
    dir = path.join(dir, part)
    let stat: fs.Stats
    try {
      stat = fs.lstatSync(dir)
    } catch {
      return // the rest is created by mkdir as plain directories
    }
    if (stat.isSymbolicLink() || !isWithin(root, realOrSelf(dir))) {
      throw new GateError(`cannot write ${file}: the directory ${path.relative(base, dir)} is a symbolic link`)
    }
  }
}
