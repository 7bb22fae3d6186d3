/** The action entry: everything happens in run(). */
import { run } from './action/run.js'

await run()
