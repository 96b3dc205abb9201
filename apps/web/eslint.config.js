import nextjs from "@atlas/eslint-config/nextjs";

// The public site reads published data only: its one door is @atlas/core/public. Anything that
// can see drafts (the database client, the rest of core, auth) is a lint error here.
export default [
  ...nextjs,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@atlas/db", "@atlas/db/*", "@atlas/auth", "@atlas/auth/*", "@prisma/*", "pg"],
              message: "apps/web reads published data only, through @atlas/core/public.",
            },
            {
              // Everything in core but its public door (and plain date formatting).
              regex: "^@atlas/core(?!/public$|/dates$)(/.*)?$",
              message: "apps/web reads published data only, through @atlas/core/public.",
            },
          ],
        },
      ],
    },
  },
];
