import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { backups, type BackupJob, type BackupList } from '../../contracts/backups';
import { call, pathOf } from './call';

export type { Backup, BackupJob, BackupList } from '../../contracts/backups';

const POLL_MS = 700;
export const backupsKey = ['backups'] as const;

export function isActive(job: Pick<BackupJob, 'status'> | null | undefined): boolean {
  return !!job && (job.status === 'queued' || job.status === 'running');
}

/** The backups and recent jobs; polled while a job runs, so a backup started elsewhere shows up too. */
export function useBackups(enabled = true) {
  return useQuery({
    queryKey: backupsKey,
    queryFn: () => call(backups.list),
    enabled,
    refetchInterval: (q) => ((q.state.data as BackupList | undefined)?.jobs.some(isActive) ? POLL_MS * 3 : false),
  });
}

export function useStartBackup() {
  return useMutation({ mutationFn: () => call(backups.create) });
}

/** One job's status and progress, refetched while it is queued or running. */
export function useBackupJob(id: string | null) {
  return useQuery({
    queryKey: ['backup-job', id],
    queryFn: () => call(backups.job, { params: { id: id! } }),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (q) => (q.state.data && !isActive(q.state.data as BackupJob) ? false : POLL_MS),
  });
}

export function useInvalidateBackups() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: backupsKey });
}

/** The download address of a backup (a plain link: the session cookie goes with it). */
export function backupFileUrl(name: string): string {
  return pathOf(backups.file, { name });
}
