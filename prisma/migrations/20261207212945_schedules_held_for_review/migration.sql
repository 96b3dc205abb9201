-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'SCHEDULE_HELD';

-- AlterEnum
ALTER TYPE "ScheduleStatus" ADD VALUE 'NEEDS_REVIEW';
