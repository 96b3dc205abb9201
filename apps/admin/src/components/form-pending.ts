"use client";

import { createContext } from "react";

/** Whether the ActionForm around a button is being sent (it dispatches by hand, so useFormStatus does not see it). */
export const FormPending = createContext(false);
