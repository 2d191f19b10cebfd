/** The behaviour every StateStorage must have, run against each implementation (files, Azure Blob on azurite). */
import { randomUUID } from 'node:crypto';
import type { StateStorage } from '../../src/storage/stateStorage';
import { isStorageError } from '../../src/storage/storageErrors';
import { updateItem } from '../../src/storage/updateItem';

/** Two handles on one store, as two instances of the bot would have. */
export interface StoragePair {
  first: StateStorage;
  second: StateStorage;
}

async function conflictOf(write: Promise<void>): Promise<unknown> {
  try {
    await write;
  } catch (error) {
    return error;
  }
  throw new Error('expected an eTag conflict');
}

/** Registers the contract tests; `pair()` gives the two handles (called after the suite's beforeAll). */
export function storageContract(pair: () => StoragePair): void {
  let prefix: string;
  beforeEach(() => {
    prefix = `contract-${randomUUID().slice(0, 8)}/`;
  });

  it('reads nothing for keys never written', async () => {
    expect(await pair().first.read([`${prefix}missing`, `${prefix}also-missing`])).toEqual({});
  });

  it('writes and reads back values exactly, with an eTag, for any key', async () => {
    const { first } = pair();
    const keys = [`${prefix}plain`, `${prefix}19:abc@thread.tacv2;messageid=17`, `${prefix}a/b%2Fc`, `${prefix}Zoë Åström`];
    const value = { name: 'Zoë Åström — 東京', amounts: [1, 2.5, -3], nested: { ok: true, none: null } };
    await first.write(Object.fromEntries(keys.map((key) => [key, { ...value }])));
    const items = await first.read(keys);
    for (const key of keys) {
      const { eTag, ...stored } = items[key] as Record<string, unknown>;
      expect(stored).toEqual(value);
      expect(typeof eTag).toBe('string');
      expect(eTag).not.toBe('');
    }
  });

  it('never stores the eTag as data', async () => {
    const { first } = pair();
    await first.write({ [`${prefix}item`]: { n: 1, eTag: '*' } });
    const item = (await first.read([`${prefix}item`]))[`${prefix}item`] as Record<string, unknown>;
    expect(Object.keys(item).sort()).toEqual(['eTag', 'n']);
    expect(item.eTag).not.toBe('*');
  });

  it('replaces unconditionally without an eTag or with "*"', async () => {
    const { first, second } = pair();
    const key = `${prefix}item`;
    await first.write({ [key]: { n: 1 } });
    await second.write({ [key]: { n: 2 } });
    expect((await first.read([key]))[key]).toMatchObject({ n: 2 });
    await first.write({ [key]: { n: 3, eTag: '*' } });
    expect((await second.read([key]))[key]).toMatchObject({ n: 3 });
  });

  it('writes with the current eTag, and gives the item a new one', async () => {
    const { first } = pair();
    const key = `${prefix}item`;
    await first.write({ [key]: { n: 1 } });
    const read = (await first.read([key]))[key] as { eTag: string };
    await first.write({ [key]: { n: 2, eTag: read.eTag } });
    const after = (await first.read([key]))[key] as { n: number; eTag: string };
    expect(after.n).toBe(2);
    expect(after.eTag).not.toBe(read.eTag);
  });

  it('refuses a stale eTag with a conflict and keeps the newer value', async () => {
    const { first, second } = pair();
    const key = `${prefix}item`;
    await first.write({ [key]: { n: 1 } });
    const stale = (await first.read([key]))[key] as { eTag: string };
    await second.write({ [key]: { n: 2, eTag: ((await second.read([key]))[key] as { eTag: string }).eTag } });
    const error = await conflictOf(first.write({ [key]: { n: 3, eTag: stale.eTag } }));
    expect(isStorageError(error, 'conflict')).toBe(true);
    expect((error as Error).message).toContain('eTag conflict');
    expect((await first.read([key]))[key]).toMatchObject({ n: 2 });
  });

  it('refuses an eTag of an item deleted since it was read (no resurrection)', async () => {
    const { first, second } = pair();
    const key = `${prefix}item`;
    await first.write({ [key]: { n: 1 } });
    const read = (await first.read([key]))[key] as { eTag: string };
    await second.delete([key]);
    expect(isStorageError(await conflictOf(first.write({ [key]: { n: 2, eTag: read.eTag } })), 'conflict')).toBe(true);
    expect(await first.read([key])).toEqual({});
  });

  it('deletes, and deleting what is not there is fine', async () => {
    const { first } = pair();
    await first.write({ [`${prefix}a`]: { n: 1 }, [`${prefix}b`]: { n: 2 } });
    await first.delete([`${prefix}a`, `${prefix}never`]);
    expect(Object.keys(await first.read([`${prefix}a`, `${prefix}b`]))).toEqual([`${prefix}b`]);
  });

  it('lists keys by prefix, sorted', async () => {
    const { first, second } = pair();
    await first.write({ [`${prefix}s/t1/c2`]: { n: 1 }, [`${prefix}s/t1/c1`]: { n: 1 }, [`${prefix}s/t2/c1`]: { n: 1 }, [`${prefix}r/t1/c1`]: { n: 1 } });
    expect(await second.keys(`${prefix}s/t1/`)).toEqual([`${prefix}s/t1/c1`, `${prefix}s/t1/c2`]);
    expect(await second.keys(`${prefix}s/`)).toHaveLength(3);
    expect(await second.keys(`${prefix}nothing/`)).toEqual([]);
  });

  it('loses no update when two instances increment one item concurrently', async () => {
    const { first, second } = pair();
    const key = `${prefix}counter`;
    await first.write({ [key]: { n: 0 } });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        updateItem<{ n: number }>(i % 2 === 0 ? first : second, key, (current) => ({ n: (current?.n ?? 0) + 1 }), 50),
      ),
    );
    expect((await first.read([key]))[key]).toMatchObject({ n: 12 });
  });

  it('grants a claim to exactly one of many concurrent claimants', async () => {
    const { first, second } = pair();
    const key = `${prefix}claim`;
    await first.write({ [key]: { claimedBy: null } });
    const attempts = Array.from({ length: 8 }, async (_, i) => {
      const storage = i % 2 === 0 ? first : second;
      const read = (await storage.read([key]))[key] as { claimedBy: string | null; eTag: string };
      if (read.claimedBy !== null) return false;
      try {
        await storage.write({ [key]: { claimedBy: `instance-${i}`, eTag: read.eTag } });
        return true;
      } catch (error) {
        if (isStorageError(error, 'conflict')) return false;
        throw error;
      }
    });
    const won = (await Promise.all(attempts)).filter(Boolean);
    expect(won).toHaveLength(1);
    expect(((await first.read([key]))[key] as { claimedBy: string }).claimedBy).toMatch(/^instance-\d$/);
  });

  it('reports no problems for a healthy store', async () => {
    expect(await pair().first.check()).toEqual([]);
  });
}
