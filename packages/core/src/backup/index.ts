export { backupDatabase } from "./backup-database.ts";
export { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from "./backup-format.ts";
export { BackupError, restoreDatabase } from "./restore-database.ts";
