import { describe, expect, it } from 'vitest';
import { Admission } from '@dsv/server/admission';

const never = new AbortController().signal;

describe('heavy requests take turns', () => {
  it('admits up to its slots at once and the rest in arrival order', async () => {
    const admission = new Admission(2);
    const order: string[] = [];
    const first = await admission.acquire(never);
    const second = await admission.acquire(never);
    const third = admission.acquire(never).then((release) => (order.push('third'), release));
    const fourth = admission.acquire(never).then((release) => (order.push('fourth'), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    first();
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual(['third', 'fourth']);
  });

  it('a waiter whose request is stopped leaves the queue with the reason, and its turn passes on', async () => {
    const admission = new Admission(1);
    const holder = await admission.acquire(never);
    const stopped = new AbortController();
    const gone = admission.acquire(stopped.signal).catch((reason: unknown) => reason);
    const next = admission.acquire(never);
    stopped.abort('client-gone');
    expect(await gone).toBe('client-gone');
    holder();
    const release = await next;
    release();
    release(); // releasing twice frees one slot only
    const again = await admission.acquire(never);
    let admitted = false;
    const waiting = admission.acquire(never).then((r) => ((admitted = true), r));
    await Promise.resolve();
    expect(admitted).toBe(false);
    again();
    (await waiting)();
    expect(admitted).toBe(true);
  });

  it('refuses at once when the request is already stopped', async () => {
    const stopped = new AbortController();
    stopped.abort('budget');
    await expect(new Admission(1).acquire(stopped.signal)).rejects.toBe('budget');
  });
});
