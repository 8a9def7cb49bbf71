/**
 * When background jobs run: retries back off exponentially (with a cap), and daily jobs run
 * once a day at a set hour in Vietnam (UTC+7, no daylight saving).
 */
export function retryDelayMs(attempt: number, baseMs = 5_000, capMs = 30 * 60_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

const VN_OFFSET_MS = 7 * 3_600_000;

/** The Vietnamese day (YYYY-MM-DD) of an instant. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The run of a daily job due at `at`: the day's key once the hour has passed in Vietnam, else
 * null (the day's run is not due yet).
 */
export function dailyRunDue(at: Date, hourVn: number): string | null {
  const vn = new Date(at.getTime() + VN_OFFSET_MS);
  return vn.getUTCHours() >= hourVn ? vn.toISOString().slice(0, 10) : null;
}
