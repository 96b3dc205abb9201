import pg from "pg";

// Database time of a call: how long at least one of its queries was outstanding (the union of
// the queries' round trips, so parallel queries are not counted twice). Measured on pg's client,
// under Prisma's driver adapter.
const intervals: [number, number][] = [];
let installed = false;

function install() {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the client as `this`
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const start = performance.now();
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (...result: unknown[]) => {
        intervals.push([start, performance.now()]);
        (last as (...r: unknown[]) => void)(...result);
      };
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    }
    const out = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (out instanceof Promise) return out.finally(() => intervals.push([start, performance.now()]));
    return out;
  } as typeof original;
}

function union(spans: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a > end) {
      total += b - a;
      end = b;
    } else if (b > end) {
      total += b - end;
      end = b;
    }
  }
  return total;
}

/** Runs `work` and returns its wall time and its database time, in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<{ wall: number; db: number }> {
  install();
  intervals.length = 0;
  const start = performance.now();
  await work();
  return { wall: performance.now() - start, db: union(intervals) };
}
