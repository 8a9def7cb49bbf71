import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import type { Dashboard } from './types';

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: () => apiGet<Dashboard>('/api/dashboard') });
}
