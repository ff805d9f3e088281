/** The calendar day in Norway at this moment, `YYYY-MM-DD`: rounds close by Norwegian days. */
export function norwegianDay(at: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * Whether a barometer round still takes answers: until the end of its closing day (Norwegian
 * time), unless a coordinator closed it before. Computed from the date each time, so nothing has
 * to run at midnight for a round to close.
 * @param round its closing day and when it was closed early, if it was
 * @param now the clock's time
 */
export function barometerRoundStatus(round: { closesOn: string; closedAt: Date | null }, now: Date): 'open' | 'closed' {
  if (round.closedAt) return 'closed';
  return norwegianDay(now) <= round.closesOn ? 'open' : 'closed';
}
