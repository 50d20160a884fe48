-- AlterEnum
ALTER TYPE "NotificationEvent" ADD VALUE 'task_due';
