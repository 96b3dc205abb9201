import "server-only";

import { forbidden, notFound } from "next/navigation";

import { ForbiddenError, NotFoundError } from "@atlas/core";

/** Turns core's "no such thing (or not yours to see)" into the 404 page and "not yours to do" into the 403 page; anything else propagates. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
