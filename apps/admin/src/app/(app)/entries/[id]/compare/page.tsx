import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { diffRevisions } from "@atlas/core";

import { DiffTable } from "@/components/diff-table";
import { PageTitle } from "@/components/page-title";
import { orNotFound } from "@/lib/not-found";
import { one, type SearchParams } from "@/lib/search-params";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Compare versions" };

const name = (r: { publishedVersion: number | null; status: string; createdAt: Date }) =>
  r.publishedVersion ? `Version ${r.publishedVersion}` : `${r.status.toLowerCase()} of ${r.createdAt.toISOString().slice(0, 16).replace("T", " ")}`;

export default async function ComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const actor = await requirePermission("entry.read", `/entries/${id}`);
  const { from, to, diff } = await orNotFound(diffRevisions({ db: db(), actor, input: { from: one(sp.from) ?? "", to: one(sp.to) ?? "" } }));
  return (
    <div className="max-w-5xl">
      <PageTitle
        eyebrow={
          <Link href={`/entries/${from.entryId}`} className="hover:underline">
            {from.label}
          </Link>
        }
        title={`${name(from)} → ${name(to)}`}
      />
      <DiffTable diff={diff} beforeTitle={name(from)} afterTitle={name(to)} />
    </div>
  );
}
