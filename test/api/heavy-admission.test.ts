import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { costLimit, WHOLE_GRAPH } from '@dsv/server/cost';
import { createSchema } from '@dsv/server/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const SETTINGS = { maxCost: 200_000, heavyCost: 10_000, heavySlots: 1 };

/** Drives one request through the cost plugin as Apollo does: resolved, then answered. */
async function start(plugin: ReturnType<typeof costLimit>, query: string) {
  const facts: Record<string, unknown> = {};
  const listener = (await plugin.requestDidStart!({} as never))!;
  const requestContext = {
    request: { variables: {} },
    document: parse(query),
    schema,
    operationName: undefined,
    contextValue: { facts, signal: new AbortController().signal },
  };
  let admitted = false;
  const resolved = listener.didResolveOperation!(requestContext as never).then(() => {
    admitted = true;
  });
  return {
    facts,
    resolved,
    admitted: () => admitted,
    answer: () => listener.willSendResponse!(requestContext as never),
  };
}

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('whole-graph analytics take turns, whatever the size of their answer', () => {
  it('names only fields of Query', () => {
    const fields = Object.keys(schema.getQueryType()!.getFields());
    expect([...WHOLE_GRAPH].filter((name) => !fields.includes(name))).toEqual([]);
  });

  it('a small crowding answer waits for the slot a whole-graph analytic holds; a detail does not', async () => {
    const plugin = costLimit(SETTINGS);
    const first = await start(plugin, '{ crowding(top: 1) { code index } }');
    await first.resolved;
    expect(first.facts.cost).toBeLessThan(SETTINGS.heavyCost);

    const second = await start(plugin, '{ a: partyLoad(top: 2) { load } b: networks { key } }');
    const detail = await start(plugin, '{ partnership(id: "p-1") { id name } }');
    await detail.resolved;
    await settle();
    expect(detail.admitted()).toBe(true);
    expect(detail.facts.queuedMs).toBeUndefined();
    expect(second.admitted()).toBe(false);

    await first.answer();
    await second.resolved;
    expect(second.facts.queuedMs).toBeTypeOf('number');
    await second.answer();
    await detail.answer();
  });

  it('notices the field inside a fragment', async () => {
    const plugin = costLimit(SETTINGS);
    const first = await start(plugin, '{ ...F } fragment F on Query { regionCrowding(type: GGD) { index } }');
    await first.resolved;
    const second = await start(plugin, 'query { ... on Query { activeCounts(dates: ["2022-01-01"]) } }');
    await settle();
    expect(second.admitted()).toBe(false);
    await first.answer();
    await second.resolved;
    await second.answer();
  });
});
