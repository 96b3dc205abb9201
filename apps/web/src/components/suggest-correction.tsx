import { corrections } from "@atlas/core/public";
import { Container } from "@atlas/ui";

import { correctionSecret } from "@/lib/correction-secret";
import { CorrectionForm } from "./correction-form";

/** The "Suggest a correction" form at the foot of an entry's page (or on the contact page, about no entry). */
export function SuggestCorrection({ entryId, pagePath, about, open, wide = true }: { entryId: string | null; pagePath: string; about: string; open?: boolean; wide?: boolean }) {
  return (
    <Container wide={wide} className="py-8 print:hidden">
      <section aria-label="Suggest a correction">
        <CorrectionForm entryId={entryId} pagePath={pagePath} token={corrections.issueToken(correctionSecret, entryId)} about={about} open={open} />
      </section>
    </Container>
  );
}
