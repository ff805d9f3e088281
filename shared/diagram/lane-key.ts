/** The lane a process node belongs to (case and spacing do not make a new lane). */
export const laneKey = (lane: string) => lane.trim().toLowerCase().replace(/\s+/g, ' ');
