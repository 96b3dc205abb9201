import type { Metadata } from "next";

import { requirePermission } from "@atlas/auth";

import { PageTitle } from "@/components/page-title";
import { PasteForm } from "./paste-form";

export const metadata: Metadata = { title: "Paste a sentence" };

export default async function PastePage() {
  await requirePermission("revision.create", "/paste");
  return (
    <div>
      <PageTitle title="Paste a sentence">Paste one sourced sentence; you get an event draft to check, correct and save. Nothing is saved until you press save.</PageTitle>
      <PasteForm />
    </div>
  );
}
