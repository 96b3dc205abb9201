import "server-only";

import { notFound } from "next/navigation";

import { NotFoundError } from "@atlas/core";

/** Turns core's "no such thing (or not yours)" into the 404 page; anything else propagates. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
