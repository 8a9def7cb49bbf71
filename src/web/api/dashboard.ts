import { useQuery } from '@tanstack/react-query';
import { dashboard } from '../../contracts/system';
import { call } from './call';

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: () => call(dashboard) });
}
