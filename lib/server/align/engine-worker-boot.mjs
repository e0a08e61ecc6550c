// Entry point of an alignment engine worker thread (decision 025). Plain JavaScript so that Node can start
// it as is in every way the app runs (next dev, next start, vitest, the batch jobs): it registers tsx for
// this thread only and loads the TypeScript worker body next to it. Next's server bundle never contains the
// engine worker; the pool points at this file in the checkout.
import { tsImport } from 'tsx/esm/api';

await tsImport('./engine-worker.ts', import.meta.url);
