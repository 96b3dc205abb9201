import { describe, expect, it } from "vitest";

import type { Actor } from "../src/auth/actor.ts";
import { assertCan, can, EDITABLE_STATES, PERMISSIONS, type Permission } from "../src/auth/permissions.ts";
import { ForbiddenError, NotFoundError, StateError, UnauthenticatedError } from "../src/errors.ts";

const editor: Actor = { id: "u-editor", email: "e@x", name: "E", role: "EDITOR" };
const other: Actor = { id: "u-other", email: "o@x", name: "O", role: "EDITOR" };
const admin: Actor = { id: "u-admin", email: "a@x", name: "A", role: "ADMIN" };
const ALL = Object.keys(PERMISSIONS) as Permission[];

describe("the permission table", () => {
  it("asks anyone not signed in to sign in, whatever they try", () => {
    for (const p of ALL) expect(() => assertCan(null, p), p).toThrow(UnauthenticatedError);
  });

  it("lets an admin do everything an editor may, and keeps admin work from editors", () => {
    for (const p of ALL) {
      expect(() => assertCan(admin, p), p).not.toThrow();
      if (PERMISSIONS[p].role === "ADMIN") expect(() => assertCan(editor, p), p).toThrow(ForbiddenError);
    }
  });

  it("gives a draft's author alone the right to change it, and only while it is open", () => {
    for (const status of EDITABLE_STATES) {
      const draft = { authorId: editor.id, status };
      expect(can(editor, "revision.edit", draft) && can(editor, "revision.submit", draft) && can(editor, "revision.discard", draft)).toBe(true);
      expect(() => assertCan(other, "revision.edit", draft)).toThrow(NotFoundError);
      expect(() => assertCan(admin, "revision.edit", draft)).toThrow(/belongs to someone else/);
    }
    expect(() => assertCan(editor, "revision.submit", { authorId: editor.id, status: "PUBLISHED" })).toThrow(StateError);
    expect(() => assertCan(editor, "revision.withdraw", { authorId: editor.id, status: "DRAFT" })).toThrow("Only a revision waiting for review can be withdrawn.");
  });

  it("hides another editor's unpublished work as if it did not exist, but shows published history", () => {
    expect(() => assertCan(other, "revision.read", { authorId: editor.id, status: "SUBMITTED" })).toThrow(NotFoundError);
    expect(can(other, "revision.read", { authorId: editor.id, status: "PUBLISHED" })).toBe(true);
    expect(can(admin, "revision.preview", { authorId: editor.id, status: "DRAFT" })).toBe(true);
  });

  it("lets admins decide only what waits for review", () => {
    expect(can(admin, "revision.approve", { authorId: editor.id, status: "SUBMITTED" })).toBe(true);
    expect(() => assertCan(admin, "revision.approve", { authorId: editor.id, status: "DRAFT" })).toThrow("Only a submitted revision can be approved; this one is draft.");
    expect(() => assertCan(admin, "revision.reject", { authorId: editor.id, status: "PUBLISHED" })).toThrow(StateError);
  });
});
