import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../web/src/data/client.js';
import { isPreparing, RequestError } from '../../web/src/data/request.js';
import { combine, isBusy, type QueryResult } from '../../web/src/data/result.js';

const retry = () => undefined;
const loading = (preparing: boolean): QueryResult<number> => ({ status: 'loading', preparing, retry });
const success = (data: number, refreshing = false): QueryResult<number> => ({ status: 'success', data, refreshing, retry });
const failed = (message: string): QueryResult<number> => ({ status: 'error', error: new Error(message), retry });

describe('the data client', () => {
  it('asks a preparing server again after a doubling wait of 1, 2, 4, 8 s, then every 10 s', () => {
    const preparing = new RequestError('preparing', 'De gegevens worden geladen', 'SERVICE_UNAVAILABLE');
    expect([0, 1, 2, 3, 4, 5, 9].map((attempt) => retryDelay(attempt, preparing))).toEqual([1000, 2000, 4000, 8000, 10000, 10000, 10000]);
  });

  it('waits as long as Retry-After asks, whatever the attempt, up to 30 s', () => {
    const asked = (seconds: number) => new RequestError('preparing', 'loading', 'SERVICE_UNAVAILABLE', seconds);
    expect([retryDelay(0, asked(2)), retryDelay(6, asked(2)), retryDelay(0, asked(20)), retryDelay(0, asked(600))]).toEqual([
      2000, 2000, 20000, 30000,
    ]);
  });

  it('treats only the preparing kind as "the server is preparing the data"', () => {
    expect(isPreparing(new RequestError('preparing', 'x', 'SERVICE_UNAVAILABLE'))).toBe(true);
    expect(isPreparing(new RequestError('graphql', 'x', 'BAD_USER_INPUT'))).toBe(false);
    expect(isPreparing(new RequestError('http', 'HTTP 500'))).toBe(false);
    expect(isPreparing(new Error('x'))).toBe(false);
  });

  it('combines two queries: failed before loading before answered, preparing when either prepares', () => {
    expect(combine(failed('a'), loading(true))).toMatchObject({ status: 'error', error: { message: 'a' } });
    expect(combine(success(1), failed('b'))).toMatchObject({ status: 'error', error: { message: 'b' } });
    expect(combine(success(1), loading(true))).toMatchObject({ status: 'loading', preparing: true });
    expect(combine(loading(false), success(2))).toMatchObject({ status: 'loading', preparing: false });
    expect(combine(success(1), success(2, true))).toMatchObject({ status: 'success', data: [1, 2], refreshing: true });
  });

  it('counts a query as busy while it loads or refreshes kept data', () => {
    expect([loading(false), success(1, true), success(1), failed('x')].map(isBusy)).toEqual([true, true, false, false]);
  });
});
