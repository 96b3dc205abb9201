"use client";

import { createContext, useContext } from "react";

/** The change set the form being edited belongs to, shared with its pickers (which may add drafts to it). */
export type DraftContextValue = { changeSetId?: string; adoptChangeSet: (id: string) => void };

export const DraftContext = createContext<DraftContextValue | null>(null);

export const useDraftContext = () => useContext(DraftContext);
