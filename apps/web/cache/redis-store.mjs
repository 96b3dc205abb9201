// The Redis side of the shared cache: entries (with a time to live), the expiry of every tag as
// a sequence number, and a channel that tells every instance of each expiry as it happens.
import { createClient } from "redis";

// Atomic: a tag's recorded expiry never goes backwards when two publishes expire it at once.
const EXPIRE_SCRIPT = `
local seq = redis.call('INCR', KEYS[1])
for _, tag in ipairs(ARGV) do redis.call('HSET', KEYS[2], tag, seq) end
redis.call('PUBLISH', KEYS[3], cjson.encode({ seq = seq, tags = ARGV }))
return seq`;

/**
 * Connects to Redis (retrying for ever in the background). `onExpired(pairs)` receives
 * [tag, seq] pairs from the channel and from resynchronisations; `healthy()` is true only while
 * both connections are up and this instance has read every expiry since it last connected.
 */
export function connectRedis(url, prefix, { onExpired, onStateChange = () => {} }) {
  const keys = { seq: `${prefix}:seq`, tags: `${prefix}:tags`, channel: `${prefix}:expired`, entry: (k) => `${prefix}:entry:${k}` };
  const options = { url, disableOfflineQueue: true, socket: { connectTimeout: 2000, reconnectStrategy: (n) => Math.min(50 * 2 ** n, 1000) } };
  const client = createClient(options);
  const sub = client.duplicate();
  let synced = false;
  let lastSeq = 0;
  let complained = false;
  let resolveReady;
  const ready = new Promise((r) => (resolveReady = r));

  const setSynced = (value) => {
    if (synced === value) return;
    synced = value;
    if (value) complained = false;
    onStateChange(value);
  };
  const complain = (error) => {
    setSynced(false);
    if (!complained) console.error(`Shared cache: Redis is unavailable (${error.message}); pages are rendered from the database until it is back.`);
    complained = true;
  };

  /** Reads every tag's expiry: after a (re)connection, or when a message may have been missed. */
  async function resync() {
    if (!client.isReady || !sub.isReady) return;
    try {
      const [seq, tags] = await client.multi().get(keys.seq).hGetAll(keys.tags).exec();
      lastSeq = Math.max(lastSeq, Number(seq ?? 0));
      onExpired(Object.entries(tags ?? {}).map(([tag, s]) => [tag, Number(s)]));
      setSynced(true);
      resolveReady();
    } catch (error) {
      complain(error);
    }
  }

  for (const c of [client, sub]) {
    c.on("error", complain);
    c.on("end", () => setSynced(false));
    c.on("reconnecting", () => setSynced(false));
    c.on("ready", () => void resync());
  }
  const onMessage = (message) => {
    try {
      const { seq, tags } = JSON.parse(message);
      lastSeq = Math.max(lastSeq, seq);
      onExpired(tags.map((t) => [t, seq]));
    } catch {
      // not one of ours
    }
  };
  (async () => {
    await client.connect();
    await sub.connect();
    await sub.subscribe(keys.channel, onMessage);
    await resync();
  })().catch(complain);

  // A safety net for a message lost in a reconnection: the sequence is checked every second.
  const poll = setInterval(() => {
    if (!client.isReady) return;
    client.get(keys.seq).then((seq) => Number(seq ?? 0) > lastSeq && resync(), complain);
  }, 1000);
  poll.unref();

  return {
    ready,
    healthy: () => synced,
    async get(key) {
      return client.get(keys.entry(key));
    },
    async set(key, text, ttlSeconds) {
      await client.set(keys.entry(key), text, { expiration: { type: "EX", value: ttlSeconds } });
    },
    /** Records the expiry of `tags` and tells every instance; resolves with its sequence number. */
    async expire(tags) {
      const seq = Number(await client.eval(EXPIRE_SCRIPT, { keys: [keys.seq, keys.tags, keys.channel], arguments: tags }));
      lastSeq = Math.max(lastSeq, seq);
      return seq;
    },
    async close() {
      clearInterval(poll);
      await Promise.allSettled([client.close(), sub.close()]);
    },
  };
}
