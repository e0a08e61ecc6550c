import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from './errors';
import { createOutageLog, isDatabaseUnavailable } from './database-unavailable';

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect', errno: -111 });
// The shape Prisma 7 throws through @prisma/adapter-pg when the server is down (captured from a real run).
const prismaUnreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:1"), {
  code: 'P1001',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 } } },
});
const rawQueryUnreachable = Object.assign(new Error('Raw query failed.'), { code: 'P2010', meta: prismaUnreachable.meta });
const adminShutdown = Object.assign(new Error('Raw query failed.'), {
  code: 'P2010',
  meta: {
    driverAdapterError: { cause: { kind: 'postgres', code: '57P01', message: 'terminating connection due to administrator command' } },
  },
});

describe('isDatabaseUnavailable', () => {
  it.each([
    ['Prisma P1001', prismaUnreachable],
    ['Prisma P1017 (server closed the connection)', Object.assign(new Error('Server has closed the connection.'), { code: 'P1017' })],
    ['Prisma P2024 (pool timeout)', Object.assign(new Error('Timed out fetching a new connection'), { code: 'P2024' })],
    ['a raw query whose adapter cause is DatabaseNotReachable', rawQueryUnreachable],
    ['PostgreSQL 57P01 admin shutdown through the adapter', adminShutdown],
    ['PostgreSQL 57P03 cannot connect now', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['ECONNREFUSED from pg', socketError('ECONNREFUSED')],
    ['ECONNRESET wrapped as a cause', new Error('query failed', { cause: socketError('ECONNRESET') })],
    ['pg: Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('Unique constraint failed'), { code: 'P2002' })],
    ['a data error (22021)', Object.assign(new Error('invalid byte sequence'), { code: '22021' })],
    ['an AppError', new AppError('NOT_FOUND', 'nope')],
    ['a plain error', new Error('boom')],
    [
      'a self-referencing cause',
      (() => {
        const e = new Error('loop') as Error & { cause?: unknown };
        e.cause = e;
        return e;
      })(),
    ],
    ['undefined', undefined],
  ])('leaves %s alone', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('maps onto a 503 DATABASE_UNAVAILABLE AppError with a message for people', () => {
    const mapped = toAppError(prismaUnreachable);
    expect(mapped?.code).toBe('DATABASE_UNAVAILABLE');
    expect(mapped?.status).toBe(503);
    expect(mapped?.message).toMatch(/database is unreachable/);
  });
});

describe('createOutageLog', () => {
  it('writes one line per interval however many requests fail, then counts the ones it held back', () => {
    let now = 1_000;
    const lines: string[] = [];
    const report = createOutageLog({ intervalMs: 10_000, now: () => now, write: (line) => lines.push(line) });
    for (let i = 0; i < 50; i++) report(prismaUnreachable);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe("[db] database unreachable: Can't reach database server at 127.0.0.1:1; answering 503");
    now += 9_999;
    report(prismaUnreachable);
    expect(lines).toHaveLength(1);
    now += 1;
    report(prismaUnreachable);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\(50 more failed requests since the last line\)$/);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
  });
});
