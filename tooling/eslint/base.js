import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Shared rules for every package. */
export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/.cache/**", "**/src/generated/**", "**/next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "no-console": "off",
      eqeqeq: ["error", "smart"],
      // Settings are read once, validated, in each package's env file (@t3-oss/env-*).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through this package's env.ts (one validated schema per package), not process.env." },
      ],
    },
  },
  {
    // The env files themselves, and test harnesses that start processes with an environment.
    files: ["**/env.ts", "**/server-env.js", "**/*.config.{ts,js,mjs}", "**/test/**", "**/tests/**", "**/support/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
