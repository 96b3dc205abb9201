/** What the correction form shows after a send: the answer, and what the reader typed. */
export type CorrectionState = {
  status: "idle" | "sent" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values: { message: string; email: string; name: string };
  token: string;
};
