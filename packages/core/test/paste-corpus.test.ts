import { readFileSync } from "node:fs";
import { cpus } from "node:os";

import { beforeAll, describe, expect, it } from "vitest";

import { readSentence } from "../src/paste/read-sentence.ts";
import type { Dictionary } from "../src/paste/sentence-dictionary.ts";
import { score, type CorpusSentence, type Score } from "./support/score-reading.ts";
import { seedDictionary } from "./support/seed-dictionary.ts";

const corpus = JSON.parse(readFileSync(new URL("./paste-corpus/sentences.json", import.meta.url), "utf8")) as { sentences: CorpusSentence[] };

const total = (scores: Score[]) =>
  scores.reduce((a, s) => ({ expected: a.expected + s.expected, drafted: a.drafted + s.drafted, matched: a.matched + s.matched }), { expected: 0, drafted: 0, matched: 0 });
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : "–");

describe("paste reads the corpus as a careful editor would", () => {
  let dict: Dictionary;
  let scored: { sentence: CorpusSentence; score: Score }[];
  beforeAll(async () => {
    dict = await seedDictionary();
    scored = corpus.sentences.map((sentence) => ({ sentence, score: score(sentence, readSentence(sentence.text, dict)) }));
    const rows: string[][] = [];
    const row = (label: string, list: Score[]) => {
      const t = total(list);
      rows.push([label, String(list.length), String(t.expected), String(t.drafted), String(t.matched), pct(t.matched, t.expected), pct(t.matched, t.drafted)]);
    };
    row(
      "seed sentences",
      scored.filter((s) => s.sentence.id.startsWith("seed-")).map((s) => s.score),
    );
    row(
      "new sentences",
      scored.filter((s) => s.sentence.id.startsWith("new-")).map((s) => s.score),
    );
    row(
      "held-out sentences",
      scored.filter((s) => s.sentence.id.startsWith("later-")).map((s) => s.score),
    );
    row(
      "all",
      scored.map((s) => s.score),
    );
    for (const kind of ["event", "country", "person", "organization", "membership", "mission", "fact"]) {
      const expected = scored.reduce((n, s) => n + s.sentence.expect.filter((e) => e.kind === kind).length, 0);
      const missed = scored.reduce((n, s) => n + s.score.missed.filter((e) => e.kind === kind).length, 0);
      const extra = scored.reduce((n, s) => n + s.score.extra.filter((e) => e.kind === kind).length, 0);
      rows.push([
        `by kind: ${kind}`,
        "",
        String(expected),
        String(expected - missed + extra),
        String(expected - missed),
        pct(expected - missed, expected),
        pct(expected - missed, expected - missed + extra),
      ]);
    }
    const header = ["", "sentences", "expected", "drafted", "matched", "recall", "precision"];
    const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(" | ")} |`;
    const table = [line(header), line(width.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
    console.log(`Paste corpus, ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}\n${table}`);
    if (process.env.PASTE_CORPUS_DETAILS)
      for (const { sentence, score: s } of scored)
        if (s.missed.length || s.extra.length) console.log(sentence.id, sentence.text.slice(0, 90), "\n  missed", JSON.stringify(s.missed), "\n  extra", JSON.stringify(s.extra));
  });

  it("finds every entity of the seed's 22 sentences", () => {
    const missed = scored.filter((s) => s.sentence.id.startsWith("seed-")).flatMap((s) => s.score.missed.map((m) => ({ id: s.sentence.id, ...m })));
    expect(missed).toEqual([]);
  });

  it("drafts at least 90 % of what the editor expects over the whole corpus, and at least 90 % of what it drafts is expected", () => {
    const t = total(scored.map((s) => s.score));
    expect(corpus.sentences.length).toBeGreaterThanOrEqual(40);
    expect(t.matched / t.expected).toBeGreaterThanOrEqual(0.9);
    expect(t.matched / t.drafted).toBeGreaterThanOrEqual(0.9);
  });
});
