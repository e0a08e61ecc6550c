'use client';

// Keys pressed while a change is on its way wait their turn (issue 12): `m` then `u` merges, then undoes. Each
// waiting key runs, in order, against the state the server answered with, once the change before it is stored.
// If that change fails (conflict, refused, not saved), the waiting keys were meant for a state that never came:
// they are dropped, and the dock says how many. Nothing is dropped without saying so.
// Moving the selection does not wait when nothing else does (decision 029): the list already shows the change's
// local result, so on a slow server the user can go on reading; once a key waits, every later key waits behind
// it, so keys still run in the order they were pressed.

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { CommandName } from '../editor/keyboard-map';

/** Commands about the interface itself: they never wait (help, search, closing a panel). */
const IMMEDIATE: ReadonlySet<CommandName> = new Set(['help', 'search', 'searchMemory', 'escape']);

/** Commands that only move the selection: they run at once unless a key is already waiting. */
const MOVES: ReadonlySet<CommandName> = new Set([
  'nextBead',
  'prevBead',
  'firstBead',
  'lastBead',
  'sourceSide',
  'targetSide',
  'switchSide',
  'prevSegment',
  'nextSegment',
  'nextUnconfirmed',
  'prevUnconfirmed',
  'nextLow',
  'prevLow',
  'nextQa',
  'prevQa',
]);

interface Options {
  /** True from the moment a change is sent until its answer is in (a ref: two keys within one frame see it). */
  busy: () => boolean;
  /** The answer of the last change is in and rendered. */
  settled: boolean;
  /** The last change failed: what waits behind it is dropped. */
  failed: boolean;
  run: (command: CommandName) => boolean;
}

export interface CommandQueue {
  press: (command: CommandName) => boolean;
  /** Keys waiting for the change on its way. */
  waiting: number;
  /** Keys dropped because the change before them failed (until the next key). */
  dropped: number;
}

export function useCommandQueue({ busy, settled, failed, run }: Options): CommandQueue {
  const queue = useRef<CommandName[]>([]);
  const [waiting, setWaiting] = useState(0);
  const [dropped, setDropped] = useState(0);

  const press = (command: CommandName): boolean => {
    if (dropped > 0) setDropped(0);
    if (IMMEDIATE.has(command)) return run(command);
    if (queue.current.length > 0 || (busy() && !MOVES.has(command))) {
      queue.current.push(command);
      setWaiting(queue.current.length);
      return true;
    }
    return run(command);
  };

  const drain = useEffectEvent(() => {
    if (queue.current.length === 0 || busy()) return;
    if (failed) {
      setDropped(queue.current.length);
      queue.current = [];
      setWaiting(0);
      return;
    }
    const next = queue.current.shift();
    setWaiting(queue.current.length);
    // A key that no longer applies (a panel it opened has the keyboard now) is reported, not lost.
    if (next && !run(next)) setDropped((n) => n + 1);
  });

  // One key per render: the next one runs after React has drawn what the last one did (its selection, its answer).
  useEffect(() => {
    if (settled && waiting > 0) drain();
  }, [settled, waiting]);

  return { press, waiting, dropped };
}
