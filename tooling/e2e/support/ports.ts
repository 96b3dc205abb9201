/** Ports of the site under test: away from a `pnpm start` that may be running on 3000/3001. */
export const ports = {
  web: Number(process.env.E2E_WEB_PORT ?? 3210),
  admin: Number(process.env.E2E_ADMIN_PORT ?? 3211),
  /** A second instance of the public site (the scale-out test), sharing the first one's Redis. */
  web2: Number(process.env.E2E_WEB2_PORT ?? 3212),
};
export const adminUrl = `http://localhost:${ports.admin}`;
export const webUrl = `http://localhost:${ports.web}`;
