/** Ports of the site under test: away from a `pnpm start` that may be running on 3000/3001. */
export const ports = { web: Number(process.env.E2E_WEB_PORT ?? 3210), admin: Number(process.env.E2E_ADMIN_PORT ?? 3211) };
export const adminUrl = `http://localhost:${ports.admin}`;
export const webUrl = `http://localhost:${ports.web}`;
