import { boot } from './lib/boot';

boot('start').catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : `Start-up failed: ${String(error)} (no further detail).`);
  process.exit(1);
});
