'use client';

import { useEffect } from 'react';

/**
 * Sets `<html data-hydrated="true">` once React has hydrated the page. Until then buttons and keyboard
 * shortcuts do nothing, so the end-to-end tests wait for it after every full page load (e2e/fixtures.ts).
 */
export function HydrationMark(): null {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
