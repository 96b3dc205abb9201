import { z } from "zod";
import { zfd } from "zod-form-data";

const blanksOmitted = (v: unknown) => (v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== "")) : v);

/**
 * A form's fields read by one of core's schemas: the FormData becomes an object, and an empty
 * input counts as not given (an optional id left blank), as a form means it.
 */
export const formOf = <S extends z.ZodType>(schema: S) => zfd.formData(z.preprocess(blanksOmitted, schema));

/** A JSON field (a form's payload): unreadable JSON is the form's fault, said so. */
export const jsonField = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "The form could not be read. Reload the page and try again." });
    return z.NEVER;
  }
});

/** "true" / "false" from a hidden input. */
export const booleanField = z.enum(["true", "false"], { error: "Choose yes or no." }).transform((v) => v === "true");
