import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Shared rules for every package. */
export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/.cache/**", "**/src/generated/**", "**/next-env.d.ts"] },
  js.configs.recommended,
  // Type-aware: floating promises, unsafe any, misused promises… need the compiler's view.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: process.cwd() } },
  },
  {
    // Plain JavaScript (configs, the apps' servers) has no types to check.
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "no-console": "off",
      eqeqeq: ["error", "smart"],
      // Payloads and form values are `unknown` on purpose and shown as text; String() is meant.
      "@typescript-eslint/no-base-to-string": "off",
      // Settings are read once, validated, in each package's env file (@t3-oss/env-*).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through this package's env.ts (one validated schema per package), not process.env." },
      ],
    },
  },
  {
    // Tests hand methods to expect() and write async stubs that need not await.
    files: ["**/test/**", "**/tests/**"],
    rules: {
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/require-await": "off",
      // Asymmetric matchers (expect.objectContaining…) are typed any by design.
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  {
    // The env files themselves, and test harnesses that start processes with an environment.
    files: ["**/env.ts", "**/server-env.js", "**/*.config.{ts,js,mjs}", "**/test/**", "**/tests/**", "**/support/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
