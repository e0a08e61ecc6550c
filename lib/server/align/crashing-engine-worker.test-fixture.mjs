// A stand-in engine worker for engine-pool.test.ts: it speaks the pool's protocol, answers every task with its
// threadId, and dies the way real workers die when the task asks it to (exit, or an uncaught throw).
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', ({ id, task }) => {
  const how = task.kind === 'buildLexicon' ? task.options.srcLang : '';
  if (how === 'exit') process.exit(3);
  if (how === 'throw')
    setImmediate(() => {
      throw new Error('worker blew up');
    });
  else parentPort.postMessage({ id, ok: true, value: how, threadId });
});
