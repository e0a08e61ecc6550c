import 'server-only';
import { AlignmentTooLargeError, InvalidBeadsError, InvalidLocksError } from '@/lib/align-engine';

// Errors cross the thread boundary as plain data (structured clone keeps only name and message of an Error):
// the worker flattens them, the pool rebuilds the engine's own typed errors, so `toAppError` maps them exactly
// as it did when the engine ran on the request thread.

export type WireError =
  | { kind: 'too-large'; size: number; limit: number; unit: AlignmentTooLargeError['unit'] }
  | { kind: 'invalid-locks'; message: string }
  | { kind: 'invalid-beads'; message: string }
  | { kind: 'unexpected'; name: string; message: string; stack?: string };

export function toWireError(error: unknown): WireError {
  if (error instanceof AlignmentTooLargeError) return { kind: 'too-large', size: error.size, limit: error.limit, unit: error.unit };
  if (error instanceof InvalidLocksError) return { kind: 'invalid-locks', message: error.message };
  if (error instanceof InvalidBeadsError) return { kind: 'invalid-beads', message: error.message };
  if (error instanceof Error) return { kind: 'unexpected', name: error.name, message: error.message, stack: error.stack };
  return { kind: 'unexpected', name: 'Error', message: String(error) };
}

/** An error the engine threw that no typed class describes; logged by the caller's error mapping, shown as a 500. */
export class EngineTaskError extends Error {
  constructor(
    name: string,
    message: string,
    readonly workerStack?: string,
  ) {
    super(`alignment engine (worker thread) threw ${name}: ${message}`);
    this.name = 'EngineTaskError';
  }
}

export function fromWireError(wire: WireError): Error {
  switch (wire.kind) {
    case 'too-large':
      return new AlignmentTooLargeError(wire.size, wire.limit, wire.unit);
    case 'invalid-locks':
      return new InvalidLocksError(wire.message);
    case 'invalid-beads':
      return new InvalidBeadsError(wire.message);
    case 'unexpected':
      return new EngineTaskError(wire.name, wire.message, wire.stack);
  }
}
