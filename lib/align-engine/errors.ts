// Typed, expected errors of the engine. Callers map `code` to an HTTP status / user message once.

export class AlignmentTooLargeError extends Error {
  readonly code = 'ALIGNMENT_TOO_LARGE' as const;
  constructor(
    readonly size: number,
    readonly limit: number,
    readonly unit: 'cells' | 'characters' | 'segments',
  ) {
    super(`alignment input too large: about ${size} ${unit}, limit ${limit}`);
    this.name = 'AlignmentTooLargeError';
  }
}

export class InvalidLocksError extends Error {
  readonly code = 'ALIGNMENT_INVALID_LOCKS' as const;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidLocksError';
  }
}

/** Beads handed to a pass after the alignment (findMovedLinks) that do not fit the segments. */
export class InvalidBeadsError extends Error {
  readonly code = 'ALIGNMENT_INVALID_BEADS' as const;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidBeadsError';
  }
}
