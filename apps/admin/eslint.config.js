import nextjs from "@atlas/eslint-config/nextjs";

export default [
  ...nextjs,
  {
    files: ["src/app/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}"],
    rules: {
      // Pages and components reach data through server actions and core use cases.
      "no-restricted-imports": ["error", { patterns: [{ group: ["@prisma/*", "pg"], message: "Go through @atlas/core use cases." }] }],
    },
  },
];
